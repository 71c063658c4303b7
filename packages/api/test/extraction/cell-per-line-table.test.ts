import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';
import { readTables } from '../../src/extraction/table-reader.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string) => extractObservations(text, { areas }).observations.map((o) => [o.indicator, o.areaCode, o.period, o.value]);

// Tables written for these tests, printed one cell per line as statistics portals flatten them.
describe('tables printed one cell per line', () => {
  it('reads years across: each row label, then one number per year; rows named as parts of the caption’s indicator', () => {
    const text = [
      'Niên giám thống kê tỉnh Phú Yên năm 2019', '', 'Số thuê bao điện thoại', 'Đơn vị tính: Thuê bao',
      '2015', '2016', '2017', 'Tổng số', '812.345', '845.100', '870.220', 'Di động', '760.000', '790.500', '812.003',
      'Cố định', '52.345', '54.600', '58.217', '',
      'Chỉ số phát triển (Năm trước = 100) - %', '2016', '2017', '2018', 'Tổng số', '104,0', '103,0', '101,2',
    ].join('\n');
    expect(read(text)).toEqual([
      ['telephone_subscribers', '54', 2015, 812345],
      ['telephone_subscribers', '54', 2016, 845100],
      ['telephone_subscribers', '54', 2017, 870220],
      ['mobile_subscribers', '54', 2015, 760000],
      ['mobile_subscribers', '54', 2016, 790500],
      ['mobile_subscribers', '54', 2017, 812003],
    ]);
  });

  it('reads years down: the column labels, then a year and one number per column', () => {
    const text = ['Số thuê bao điện thoại trên địa bàn tỉnh Phú Yên', 'Năm', 'Tổng số', 'Di động', '2017', '870.220', '812.003', '2018', '880.100', '820.000'].join('\n');
    expect(read(text)).toEqual(
      expect.arrayContaining([
        ['telephone_subscribers', '54', 2017, 870220],
        ['telephone_subscribers', '54', 2018, 880100],
        ['mobile_subscribers', '54', 2017, 812003],
        ['mobile_subscribers', '54', 2018, 820000],
      ]),
    );
    expect(read(text)).toHaveLength(4);
  });

  it('reads years down under bilingual column labels, a group header and a unit line', () => {
    const text = [
      'Số thuê bao điện thoại', '', 'Tổng số', 'Total', '', 'Chia ra - Of which', '', 'Di động - Mobile', '', 'Cố định - Fixed', '',
      'Thuê bao - Subscribers', '', '2018', '', '640.100', '', '600.000', '', '40.100', '', 'Sơ bộ - Prel. 2019', '', '700.500', '', '670.000', '', '30.500',
      '', 'Chỉ số phát triển (Năm trước = 100) - %', 'Index (Previous year = 100) - %', '', '2018', '', '104,10', '', '105,20', '', '90,30',
      '2019', '', '109,43', '', '111,67', '', '76,06',
    ].join('\n');
    expect(extractObservations(text, { areas, areaHint: '54' }).observations.map((o) => [o.indicator, o.period, o.value])).toEqual([
      ['telephone_subscribers', 2018, 640100],
      ['mobile_subscribers', 2018, 600000],
      ['telephone_subscribers', 2019, 700500],
      ['mobile_subscribers', 2019, 670000],
    ]);
  });

  it('is no table when the numbers do not fill the rows', () => {
    const lower = ['2015', '2016', '2017', 'tổng số', '812.345', '845.100', 'ghi chú'].join('\n');
    expect(readTables(lower).cells).toEqual([]);
  });
});
