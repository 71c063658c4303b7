import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string, options: { publishedAt?: string; areaHint?: string; url?: string } = {}) =>
  extractObservations(text, { areas, ...options })
    .observations.filter((o) => o.rule === 'index-prose')
    .map((o) => [o.indicator, o.dimensions.component ?? null, o.areaCode, o.period, o.value]);

// Sentences written for these tests, in the ways announcements phrase ranks and scores.
describe('ranks and scores of indices in prose', () => {
  it('reads rank and percent score of the PAR INDEX named after the phrase, the edition from the sentence', () => {
    const text = 'Năm 2022, tỉnh Nam Định xếp thứ 7/63 tỉnh, thành phố về Chỉ số cải cách hành chính (PAR INDEX), đạt 88,12%.';
    expect(read(text, { publishedAt: '2023-05-02' })).toEqual([
      ['par_index_rank', 'OVERALL', '36', 2022, 7],
      ['par_index_score', 'OVERALL', '36', 2022, 88.12],
    ]);
  });

  it('gives each "về X" its own index and skips a rank on something that is no index', () => {
    const text =
      'Năm 2019, Yên Bái đứng thứ 12 trong số 63 tỉnh, thành phố về chỉ số hiện đại hóa hành chính, đứng đầu cả nước về giải quyết hồ sơ, xếp thứ 9 về ứng dụng công nghệ thông tin trong các cơ quan nhà nước.';
    expect(read(text)).toEqual([
      ['par_index_rank', 'MODERNISATION', '15', 2019, 12],
      ['egov_it_rank', 'OVERALL', '15', 2019, 9],
    ]);
  });

  it('never reads a rank change, a number of provinces, a Top 10 or a ministry’s rank', () => {
    const text = [
      'Theo Báo cáo DTI 2022, Phú Thọ lọt vào Top 10, tăng 15 bậc, vươn lên vị trí thứ 8 trong bảng xếp hạng 63 tỉnh, thành phố.',
      'Ở nhóm các bộ, ngành, Bộ Tài chính xếp ở vị trí số 1.',
    ].join('\n');
    expect(read(text, { publishedAt: '2023-06-01' })).toEqual([['dti_rank', 'OVERALL', '25', 2022, 8]]);
  });

  it('reads words for ranks and the document’s place when the sentence names none', () => {
    const text = [
      'Chỉ số PAR INDEX của tỉnh năm 2021',
      'Chỉ số PAR INDEX xếp 11/63 tỉnh, thành phố (tăng 4 bậc so với năm 2020).',
      'Sóc Trăng giành vị trí quán quân về chỉ số cải cách hành chính.',
    ].join('\n');
    expect(read(text, { areaHint: '94', publishedAt: '2022-04-01' })).toEqual([
      ['par_index_rank', 'OVERALL', '94', 2021, 11],
      ['par_index_rank', 'OVERALL', '94', 2021, 1],
    ]);
  });

  it('reads the PAPI e-governance score with the year of its parenthesis, not the uncoded overall PAPI', () => {
    const text = [
      'PAPI Cà Mau năm 2023',
      'Chỉ số PAPI của Cà Mau năm 2023 đạt 41,5 điểm, xếp hạng 30/63.',
      '8. Quản trị điện tử đạt 3,1 điểm (năm 2022 đạt 2,75 điểm).',
    ].join('\n');
    expect(read(text)).toEqual([
      ['papi_egov_score', null, '96', 2023, 3.1],
      ['papi_egov_score', null, '96', 2022, 2.75],
    ]);
  });

  it('reads English ranks and scores: ordinals, runner-up, scores in parentheses, "both", a component carried to the next sentence', () => {
    const text = [
      'Hanoi (VNA) - Binh Duong has topped the Vietnam ICT Index rankings in 2019.',
      'The southern province posted a total score of 0.8123; the runner-up - Lang Son province (0.7011). Hai Duong came fourth with a score of 0.6501, followed by Nam Dinh (0.6402).',
      'It scored 0.95 in the category of IT application. The second highest score went to Ninh Binh and Ha Nam (both 0.51).',
      'This was the 5th consecutive year it had been ranked first.',
    ].join('\n');
    const found = read(text, { areaHint: '74' });
    expect(found).toEqual(
      expect.arrayContaining([
        ['ict_index_rank', 'OVERALL', '74', 2019, 1],
        ['ict_index_score', 'OVERALL', '74', 2019, 0.8123],
        ['ict_index_rank', 'OVERALL', '20', 2019, 2],
        ['ict_index_score', 'OVERALL', '20', 2019, 0.7011],
        ['ict_index_rank', 'OVERALL', '30', 2019, 4],
        ['ict_index_score', 'OVERALL', '30', 2019, 0.6501],
        ['ict_index_score', 'OVERALL', '36', 2019, 0.6402],
        ['ict_index_score', 'APPLICATION', '74', 2019, 0.95],
        ['ict_index_score', 'APPLICATION', '37', 2019, 0.51],
        ['ict_index_score', 'APPLICATION', '35', 2019, 0.51],
      ]),
    );
    expect(found.some((o) => o[4] === 5)).toBe(false);
  });

  it('takes the edition from the address when the text gives none, and skips a ministry', () => {
    const text = 'The Ministry of Finance topped the list with 92.1 percent in the PAR Index.\nAmong the 63 localities, Quang Ninh was at the first place.';
    expect(read(text, { url: 'https://example.vn/par-index-rankings-2020/123.vnp', publishedAt: '2021-05-01' })).toEqual([
      ['par_index_rank', 'OVERALL', '22', 2020, 1],
    ]);
  });
});

describe('rankings on the 2025 basis', () => {
  const readWithGeography = (text: string, options: { publishedAt?: string } = {}) =>
    extractObservations(text, { areas, ...options })
      .observations.filter((o) => o.rule === 'index-prose')
      .map((o) => [o.indicator, o.geography, o.areaCode, o.period, o.value]);

  it('reads a ranking of the 34 provinces of 1 July 2025 on the 2025 units, never on the pre-2025 namesakes', () => {
    const text = 'DTI 2024 on the 34-province basis: among the 34 provinces and cities, Bac Ninh ranked third and the city scored 0.8123 in the index.';
    expect(readWithGeography(text, { publishedAt: '2025-09-01' })).toEqual([
      ['dti_rank', 'post2025', '24', 2024, 3],
      ['dti_score', 'post2025', '24', 2024, 0.8123],
    ]);
  });

  it('maps "respectively" over the 2025 provinces; a name merged away gives nothing', () => {
    const text = 'In the 2024 Digital Transformation Index of the 34 newly merged provinces, Da Nang, Quang Tri and Can Tho ranked sixth through eighth respectively. Quang Binh ranked ninth.';
    expect(readWithGeography(text)).toEqual([
      ['dti_rank', 'post2025', '48', 2024, 6],
      ['dti_rank', 'post2025', '44', 2024, 7],
      ['dti_rank', 'post2025', '92', 2024, 8],
    ]);
  });

  it('reads an edition that ranked the 63 provinces on the pre-2025 units, on a page of the 2025 basis too', () => {
    const text = [
      'Chuyển đổi số của Tuyên Quang sau sáp nhập',
      'Sau sáp nhập, tỉnh Tuyên Quang mới đặt mục tiêu dẫn đầu khu vực.',
      'Năm 2023, Tuyên Quang xếp thứ 20/63 tỉnh, thành phố về chỉ số chuyển đổi số DTI.',
      'Trong DTI 2024 của 34 tỉnh, thành phố, Tuyên Quang xếp thứ 12.',
    ].join('\n');
    expect(readWithGeography(text, { publishedAt: '2025-09-01' })).toEqual([
      ['dti_rank', 'pre2025', '08', 2023, 20],
      ['dti_rank', 'post2025', '08', 2024, 12],
    ]);
  });
});

describe('lists, continuations and coordinated components', () => {
  it('maps "respectively" and "lần lượt" lists of places to their ranks, or nothing when the counts differ', () => {
    expect(read('Under the 2021 PAR Index, Quang Ninh, Hai Phong and Bac Ninh ranked 2nd, 4th and 7th, respectively.')).toEqual([
      ['par_index_rank', 'OVERALL', '22', 2021, 2],
      ['par_index_rank', 'OVERALL', '31', 2021, 4],
      ['par_index_rank', 'OVERALL', '27', 2021, 7],
    ]);
    expect(read('Theo chỉ số DTI năm 2021, Bình Dương, Đồng Nai và Long An lần lượt xếp thứ nhất đến thứ ba.')).toEqual([
      ['dti_rank', 'OVERALL', '74', 2021, 1],
      ['dti_rank', 'OVERALL', '75', 2021, 2],
      ['dti_rank', 'OVERALL', '80', 2021, 3],
    ]);
    expect(read('Theo chỉ số DTI năm 2021, Bình Dương và Long An lần lượt xếp thứ 3, 5 và 8.')).toEqual([]);
  });

  it('reads "thứ hai là X" after a rank on what a named index measures, in the document’s edition', () => {
    const text = [
      'Bộ công bố chỉ số chuyển đổi số (DTI) năm 2021 của các tỉnh.',
      'Bắc Giang đứng đầu cả nước về chuyển đổi số, thứ hai là Cần Thơ, thứ ba là Phú Yên.',
      'Vĩnh Phúc đứng đầu cả nước về thu hút đầu tư.',
    ].join('\n');
    expect(read(text, { publishedAt: '2022-04-01' })).toEqual([
      ['dti_rank', 'OVERALL', '24', 2021, 1],
      ['dti_rank', 'OVERALL', '92', 2021, 2],
      ['dti_rank', 'OVERALL', '54', 2021, 3],
    ]);
  });

  it('carries the place into a sentence of components ("Trong đó, ..."), and gives a coordinated pair of components one rank', () => {
    const text = [
      'Năm 2021, Nam Định có chỉ số DTI xếp thứ 31/63. Trong đó, chính quyền số xếp thứ 12/63; kinh tế số xếp thứ 45/63.',
      'Ninh Bình: "Kinh tế số" và "Xã hội số" đều ở vị trí thứ 20/63; "Chính quyền số" xếp vị trí thứ 9/63.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['dti_rank', 'OVERALL', '36', 2021, 31],
      ['dti_rank', 'DIGITAL_GOVERNMENT', '36', 2021, 12],
      ['dti_rank', 'DIGITAL_ECONOMY', '36', 2021, 45],
      ['dti_rank', 'DIGITAL_ECONOMY', '37', 2021, 20],
      ['dti_rank', 'DIGITAL_SOCIETY', '37', 2021, 20],
      ['dti_rank', 'DIGITAL_GOVERNMENT', '37', 2021, 9],
    ]);
  });

  it('reads "the province’s" index in points and a component ranked after ", with", never a change of the score', () => {
    const text = [
      'Ha Tinh has pushed reforms for years.',
      'In 2022, the province’s PAR INDEX reached 86.3 points, ranking 21st out of 63 provinces, with the administrative procedure reform sector ranking 8th.',
      'Năm 2022, chỉ số PAR INDEX của tỉnh Hà Tĩnh đạt 86,3 điểm, tăng 2,15 điểm so với năm trước.',
    ].join(' ');
    expect(read(text)).toEqual([
      ['par_index_score', 'OVERALL', '42', 2022, 86.3],
      ['par_index_rank', 'OVERALL', '42', 2022, 21],
      ['par_index_rank', 'ADMINISTRATIVE_PROCEDURE_REFORM', '42', 2022, 8],
    ]);
  });
});
