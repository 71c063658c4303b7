import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { findIndexFamily, readRankingTables } from '../../src/extraction/ranking-table.reader.js';

const areas = buildAreaIndex(loadAreas('pre2025'));

// Written for this test: a ranking flattened one cell per line, as index announcements publish it.
const table = [
  'Kết quả xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2019',
  '',
  'Cập nhật 02/03/2020',
  'TT',
  'Tỉnh, thành phố',
  'Năm 2019',
  '1',
  'Hà Nam',
  '01 (0,801)',
  '2',
  'TP. Cần Thơ',
  '02 (0,790)',
  '3',
  'Bà Rịa - Vũng Tàu',
  '02 (0,790)',
  '4',
  'Không Có Tỉnh Này',
  '04 (0,700)',
].join('\n');

describe('readRankingTables', () => {
  it('reads rank and score of every province row, the printed rank (not the row number), the heading’s edition', () => {
    const found = readRankingTables(table, areas, null);
    const ranks = found.filter((o) => o.indicator === 'egov_it_rank').map((o) => [o.areaCode, o.value, o.period]);
    expect(ranks).toEqual([
      ['35', 1, 2019],
      ['92', 2, 2019],
      ['77', 2, 2019],
    ]);
    const scores = found.filter((o) => o.indicator === 'egov_it_score').map((o) => o.value);
    expect(scores).toEqual([0.801, 0.79, 0.79]);
    for (const o of found) {
      expect(table.slice(o.start, o.end)).toBe(o.quote);
      expect(o).toMatchObject({ rule: 'ranking-table', dimensions: { component: 'OVERALL' }, status: 'ACTUAL' });
    }
    expect(found[0]?.quote).toBe('1\nHà Nam\n01 (0,801)');
  });

  it('needs a few rows and a heading that names an index', () => {
    expect(readRankingTables(table.split('\n').slice(0, 12).join('\n'), areas, null)).toEqual([]);
    expect(readRankingTables(table.replace(/Kết quả.*năm 2019/u, 'Danh sách năm 2019'), areas, null)).toEqual([]);
  });

  it('tells the indices apart by their names', () => {
    expect(findIndexFamily('chỉ số cải cách hành chính (par index) năm 2023')?.rank).toBe('par_index_rank');
    expect(findIndexFamily('bảng xếp hạng dti 2023')?.rank).toBe('dti_rank');
    expect(findIndexFamily('vietnam ict index 2020')?.rank).toBe('ict_index_rank');
    expect(findIndexFamily('tin tức trong ngày')).toBeNull();
  });
});
