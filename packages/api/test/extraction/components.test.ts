import { isIsoDate } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  findNoiseSpans,
  findPublicationDate,
  findTitle,
  findYearMentions,
  isFurnitureLine,
  isPlanTitle,
  parseDateLine,
  readGovLevel,
  readHead,
  readQualifierAfter,
  readQualifierBefore,
  readTables,
  resolvePeriod,
  resolveStatus,
  splitSentences,
  toOriginalSpan,
} from '../../src/extraction/index.js';

describe('canonical text', () => {
  it('folds tone-mark placement, NBSP and decomposed text, with offsets into the raw text', () => {
    const raw = 'Tỉnh\u00a0Hoà Bình'.normalize('NFD');
    const c = canonicalize(raw);
    expect(c.folded).toBe('tinh hoa binh');
    expect(canonicalize('Hoà').lower).toBe(canonicalize('Hòa').lower);
    const at = c.lower.indexOf('bình');
    const span = toOriginalSpan(c, at, c.lower.length);
    expect(raw.slice(span.start, span.end).normalize('NFC')).toBe('Bình');
  });

  it('leaves closed syllables alone ("toàn", "khoảng")', () => {
    expect(canonicalize('toàn tỉnh khoảng').lower).toBe('toàn tỉnh khoảng');
  });
});

describe('qualifiers', () => {
  it.each([
    ['đạt gần ', 'APPROX'],
    ['khoảng ', 'APPROX'],
    ['xấp xỉ ', 'APPROX'],
    ['hầu hết ', 'APPROX'],
    ['trên ', 'MORE_THAN'],
    ['có hơn ', 'MORE_THAN'],
    ['dưới ', 'LESS_THAN'],
    ['tối thiểu ', 'AT_LEAST'],
    ['ít nhất ', 'AT_LEAST'],
    ['không dưới ', 'AT_LEAST'],
    ['đạt ', 'EXACT'],
    ['trên mạng ', 'EXACT'],
    ['tăng ', 'REJECT'],
    ['cao hơn ', 'REJECT'],
    ['tối đa ', 'REJECT'],
    ['tăng lên ', 'EXACT'],
  ])('%j → %s', (before, qualifier) => {
    expect(canonicalize(before).lower && readQualifierBefore(canonicalize(before).lower).qualifier).toBe(qualifier);
  });

  it('reads "trở lên" after a figure as AT_LEAST', () => {
    expect(readQualifierAfter(' trở lên biết sử dụng')?.qualifier).toBe('AT_LEAST');
    expect(readQualifierAfter(' cán bộ')).toBeNull();
  });
});

describe('publication date and title', () => {
  it.each([
    ['28/11/2012 00:00', '2012-11-28'],
    ['14/07/2012 10:45 GMT+7', '2012-07-14'],
    ['thứ sáu, 30/05/2014 09:27', '2014-05-30'],
    ['cập nhật lúc 09:12, thứ hai, 10/12/2012 (gmt+7)', '2012-12-10'],
    ['14:32 | 22/11/2021', '2021-11-22'],
    ['(cập nhật: 03/03/2009)', '2009-03-03'],
    ['ngày đăng: 05.08.2010', '2010-08-05'],
    ['ngày 28 tháng 11 năm 2012', '2012-11-28'],
    ['2019-06-30', '2019-06-30'],
  ])('reads the date line %j', (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it.each(['ngày 4/10/2011, ủy ban nhân dân tỉnh ban hành quyết định', '31/02/2012', 'tổng số phiếu: 1344'])('refuses %j', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it('finds the date line near the top and the headline above it', () => {
    const text = 'detailcontroller\n\ntuyên truyền\n\nứng dụng cntt trong quản lý nhà nước tại tỉnh hòa bình\n\n28/11/2012 00:00\nnhững năm gần đây...';
    const date = findPublicationDate(text);
    expect(date).toEqual({ date: '2012-11-28', line: 6 });
    const title = findTitle(text, date?.line ?? null);
    expect(title && text.slice(title.start, title.end)).toBe('ứng dụng cntt trong quản lý nhà nước tại tỉnh hòa bình');
  });

  it('takes no headline from a page that opens with body text', () => {
    const body = `trong giai đoạn 2001 đến 2008 đã đào tạo được nhiều học viên ${'là cán bộ công chức trong tỉnh, '.repeat(10)}`;
    const text = `${body}\ntrong năm 2011, đã mở 6 lớp với cán bộ của trường đại học tại tp. hồ chí minh.\n${body}`;
    expect(findTitle(text, null)).toBeNull();
    // Navigation crumbs of fewer than four words before it are skipped, as before.
    const crumbs = `tin tức\nbáo cáo kết quả ứng dụng công nghệ thông tin\n${body}`;
    const title = findTitle(crumbs, null);
    expect(title && crumbs.slice(title.start, title.end)).toBe('báo cáo kết quả ứng dụng công nghệ thông tin');
  });

  it('recognises plans, not reports', () => {
    expect(isPlanTitle('phê duyệt kế hoạch ứng dụng cntt năm 2012')).toBe(true);
    expect(isPlanTitle('kết quả thực hiện kế hoạch năm 2012')).toBe(false);
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2013-02-29')).toBe(false);
  });
});

describe('sentences and clauses', () => {
  it('splits on full stops but not inside numbers or after "TP."', () => {
    const raw = 'Có 27.605 thuê bao tại TP. Hồ Chí Minh. Tỷ lệ đạt 9,62%.Cùng với đó, 100% xã có mạng LAN; 90% có Internet.';
    const c = canonicalize(raw);
    const { sentences } = splitSentences(c.lower, c.cased);
    expect(sentences.map((s) => raw.slice(s.start, s.end))).toEqual([
      'Có 27.605 thuê bao tại TP. Hồ Chí Minh.',
      'Tỷ lệ đạt 9,62%.',
      'Cùng với đó, 100% xã có mạng LAN; 90% có Internet.',
    ]);
    const last = sentences[2];
    expect(last?.clauses.map((cl) => raw.slice(cl.start, cl.end))).toEqual(['Cùng với đó, 100% xã có mạng LAN', '90% có Internet']);
  });
});

describe('noise', () => {
  const noisy = (raw: string): string[] => {
    const c = canonicalize(raw);
    return findNoiseSpans(c.lower).map((s) => c.lower.slice(s.start, s.end));
  };
  it.each([
    ['quyết định số 2543/QĐ-UBND', '2543/qđ-ubnd'],
    ['Nghị quyết số 13', 'nghị quyết số 13'],
    ['theo tiêu chuẩn ISO 9001: 2008', 'iso 9001: 2008'],
    ['ngày 4/10/2011', 'ngày 4/10/2011'],
    ['lúc 10:45', '10:45'],
    ['điện thoại: 0214.3840.123', 'điện thoại: 0214.3840.123'],
    ['anh A, 35 tuổi', '35 tuổi'],
    ['lần thứ 4', 'lần thứ 4'],
    ['kinh phí 15 tỷ đồng', '15 tỷ đồng'],
    ['60 giây nữa', '60 giây'],
  ])('%j is noise', (raw, span) => {
    expect(noisy(raw).join(' | ')).toContain(span);
  });

  it('keeps real figures out of the noise', () => {
    expect(noisy('có 27.605 thuê bao internet, đạt 9,62% tỷ lệ hộ dân')).toEqual([]);
  });

  it('spots page furniture lines', () => {
    expect(isFurnitureLine('1. đạt yêu cầu, 1180 phiếu (88 %)')).toBe(true);
    expect(isFurnitureLine('tổng lượt truy cập: 20100646')).toBe(true);
    expect(isFurnitureLine('khách 38')).toBe(true);
    expect(isFurnitureLine('100% các thành viên ubnd tỉnh được trang bị máy tính.')).toBe(false);
  });
});

describe('heads, tiers', () => {
  it.each([
    [' cán bộ, công chức (cbcc) cấp tỉnh', 'SUBJECT'],
    [' các sở, ban, ngành', 'SUBJECT'],
    [' (trừ máy tính cần bảo mật)', 'END'],
    [' được cấp thư điện tử', 'VERB'],
    [' cấp huyện', 'VERB'],
    [' doanh nghiệp', 'FOREIGN'],
    [' tuổi', 'FOREIGN'],
    [' năm 2012', 'END'],
  ])('%j → %s', (after, type) => {
    expect(readHead(after).type).toBe(type);
  });

  it.each([
    ['cán bộ, công chức (cbcc) cấp tỉnh, ', 'PROVINCE'],
    ['cbcc cấp huyện và ', 'DISTRICT'],
    ['cbcc cấp xã ', 'COMMUNE'],
    ['các sở, ngành, huyện, thành phố đã được cung cấp và ', 'ALL'],
    ['các cơ quan, đơn vị, xã, thị trấn của huyện có kết nối ', 'ALL'],
    ['cán bộ, công chức, viên chức (cbccvc) trong toàn huyện đã ', 'ALL'],
    ['xã, thị trấn của huyện mường lát đã có ', 'COMMUNE'],
    ['cb-cc-vc từ tỉnh đến cơ sở', 'ALL'],
  ])('%j → %s', (subject, level) => {
    expect(readGovLevel(subject)).toBe(level);
  });
});

describe('periods and status', () => {
  const lower = 'chỉ tính riêng năm 2011, toàn tỉnh đã tổ chức 18 lớp; so với năm 2010 tăng; giai đoạn 2011-2015 và từ năm 2010 đến nay';
  it('finds years, ranges and comparison baselines', () => {
    expect(findYearMentions(lower).map((y) => [y.from, y.to, y.kind])).toEqual([
      [2011, 2011, 'YEAR'],
      [2010, 2010, 'COMPARISON'],
      [2011, 2015, 'RANGE'],
      [2010, null, 'RANGE'],
    ]);
  });

  it('prefers a stated year, then the plan year for targets, then the publication year, else null', () => {
    const years = findYearMentions('chỉ tính riêng năm 2011, toàn tỉnh đã tổ chức 18 lớp');
    const base = { years, figure: { start: 45, end: 47 }, clause: { start: 0, end: 52 }, sentence: { start: 0, end: 52 }, paragraphYear: null, otherFigures: [] };
    expect(resolvePeriod({ ...base, planYear: null, publicationYear: 2012, isTarget: false }).period).toBe(2011);
    const none = { ...base, years: [] };
    expect(resolvePeriod({ ...none, planYear: 2012, publicationYear: 2011, isTarget: true }).period).toBe(2012);
    expect(resolvePeriod({ ...none, planYear: 2012, publicationYear: 2011, isTarget: false }).period).toBe(2011);
    expect(resolvePeriod({ ...none, planYear: null, publicationYear: null, isTarget: false }).period).toBeNull();
  });

  it('reads targets and actual figures from the nearest cue', () => {
    const text = 'mục tiêu năm 2015 là 100% cbcc được trang bị máy tính, hiện nay đã đạt 80%';
    const at = (n: string): number => text.indexOf(n);
    const ctx = { lower: text, sentenceStart: 0, clauseEnd: text.length, planDocument: false, publicationYear: 2012 };
    expect(resolveStatus({ ...ctx, figureStart: at('100%'), figureEnd: at('100%') + 4 }).status).toBe('TARGET');
    expect(resolveStatus({ ...ctx, figureStart: at('80%'), figureEnd: at('80%') + 3 }).status).toBe('ACTUAL');
    const deadline = 'đến năm 2015, 100% cbcc có máy tính';
    expect(resolveStatus({ ...ctx, lower: deadline, clauseEnd: deadline.length, figureStart: 14, figureEnd: 18 }).status).toBe('TARGET');
  });
});

describe('tables', () => {
  it('reads a header of years and rows of values', () => {
    const lower = 'năm 2015 2016 2017\nsố thuê bao internet 1.200 1.500 1.800\n\nvăn bản tiếp theo.';
    const { cells, spans } = readTables(lower);
    expect(cells.map((c) => [c.year, c.value])).toEqual([
      [2015, 1200],
      [2016, 1500],
      [2017, 1800],
    ]);
    expect(spans).toHaveLength(1);
  });

  it('reads one row per year under a label, and percentages from the label', () => {
    const { cells } = readTables('tỷ lệ hộ gia đình có internet (%)\n2018 35,2\nnăm 2019: 41,7');
    expect(cells.map((c) => [c.year, c.value, c.percent])).toEqual([
      [2018, 35.2, true],
      [2019, 41.7, true],
    ]);
  });

  it('does not take prose with years for a table', () => {
    expect(readTables('năm 2011 và năm 2012, tỉnh đã tổ chức nhiều lớp tập huấn cho cán bộ.\n100 lớp').cells).toEqual([]);
  });
});
