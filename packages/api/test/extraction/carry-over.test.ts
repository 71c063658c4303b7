import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string, publishedAt: string | null = '2016-03-01') =>
  extractObservations(text, { areas, areaHint: 'Phú Yên', ...(publishedAt ? { publishedAt } : {}) }).observations.map((o) => [
    o.indicator,
    o.dimensions.govLevel ?? null,
    o.value,
    o.period,
  ]);

// Sentences written for these tests, in the ways reports phrase them.
describe('an indicator named before carries over', () => {
  it('to clauses that name only a tier ("...; cấp huyện chiếm hơn 75%")', () => {
    expect(
      read('Theo điều tra, hiện có 86% cán bộ, công chức cấp tỉnh sử dụng thành thạo máy tính; cấp huyện, thị xã, thành phố chiếm hơn 75%; cấp xã, phường, thị trấn chiếm hơn 67%.'),
    ).toEqual([
      ['officials_it_proficient_pct', 'PROVINCE', 86, 2016],
      ['officials_it_proficient_pct', 'DISTRICT', 75, 2016],
      ['officials_it_proficient_pct', 'COMMUNE', 67, 2016],
    ]);
  });

  it('to values listed with a tier each, each with its own tier', () => {
    expect(read('Theo điều tra, hiện có 86% cán bộ, công chức cấp tỉnh sử dụng thành thạo máy tính, cấp huyện 75%, cấp xã 67%.')).toEqual([
      ['officials_it_proficient_pct', 'PROVINCE', 86, 2016],
      ['officials_it_proficient_pct', 'DISTRICT', 75, 2016],
      ['officials_it_proficient_pct', 'COMMUNE', 67, 2016],
    ]);
    // Tiers listed before the indicator all belong to its one value.
    expect(read('Năm 2015, tỷ lệ cán bộ cấp tỉnh, cấp huyện được trang bị máy tính đạt 90%.')).toEqual([
      ['officials_with_computer_pct', 'PROVINCE', 90, 2015],
      ['officials_with_computer_pct', 'DISTRICT', 90, 2015],
    ]);
  });

  it('from a sentence counting what one share measures to "tỷ lệ này" in the next, with its year', () => {
    expect(read('Năm 2014, toàn tỉnh có 2.000 cán bộ được trang bị máy tính. Tỷ lệ này đạt 80%.')).toEqual([
      ['officials_with_computer_pct', 'ALL', 80, 2014],
    ]);
    // Not to a target, nor to another rate, nor when the sentence counts for two shares.
    expect(read('Năm 2014, toàn tỉnh có 2.000 cán bộ được trang bị máy tính. Phấn đấu đạt 90%.')).toEqual([]);
    expect(read('Năm 2014, toàn tỉnh có 2.000 cán bộ được trang bị máy tính. Tỷ lệ giải ngân đạt 80%.')).toEqual([]);
    expect(read('Năm 2014, toàn tỉnh có 2.000 cán bộ được trang bị máy tính và 500 máy tính được kết nối Internet. Tỷ lệ này đạt 80%.')).toEqual([]);
  });
});

describe("a paragraph's year", () => {
  it('scopes the "hiện nay" of an undated page, the publication year that of a dated one', () => {
    const text = 'Năm 2010, tỉnh triển khai nhiều dự án công nghệ thông tin. Hiện nay, 80% cán bộ, công chức được trang bị máy tính.';
    expect(read(text, null)).toEqual([['officials_with_computer_pct', 'ALL', 80, 2010]]);
    expect(read(text)).toEqual([['officials_with_computer_pct', 'ALL', 80, 2016]]);
    // Sentences without "hiện nay" take the paragraph's year on any page.
    expect(read('Năm 2010, tỉnh triển khai nhiều dự án. Toàn tỉnh có 80% cán bộ, công chức được trang bị máy tính.')).toEqual([
      ['officials_with_computer_pct', 'ALL', 80, 2010],
    ]);
  });

  it('not a present that contrasts with the figure the paragraph gave for its year', () => {
    const text = 'Năm 2010, 50% cán bộ, công chức được trang bị máy tính. Hiện nay, tỷ lệ này đã lên 90%.';
    expect(read(text)).toEqual([
      ['officials_with_computer_pct', 'ALL', 50, 2010],
      ['officials_with_computer_pct', 'ALL', 90, 2016],
    ]);
    expect(read(text, null)).toEqual([
      ['officials_with_computer_pct', 'ALL', 50, 2010],
      ['officials_with_computer_pct', 'ALL', 90, null],
    ]);
  });
});

describe('the same report', () => {
  it('"Cũng theo báo cáo trên" takes the year the previous sentence stated; a bare "máy" counts telephone sets', () => {
    const text = [
      'Viễn thông tiếp tục phát triển mạnh',
      'Sở Thông tin và Truyền thông cho biết, tính đến tháng 12-2007 tổng số thuê bao Internet đạt 25.461 thuê bao. Cũng theo báo cáo trên, tổng số thuê bao điện thoại trên toàn mạng đạt 426.545 máy.',
    ].join('\n');
    expect(read(text, null)).toEqual([
      ['internet_subscribers', null, 25461, 2007],
      ['telephone_subscribers', null, 426545, 2007],
    ]);
    // Without the continuation, an undated page gives no year.
    expect(read(text.replace('Cũng theo báo cáo trên, t', 'T'), null)[1]).toEqual(['telephone_subscribers', null, 426545, null]);
  });
});
