import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string) =>
  extractObservations(text, { areas }).observations.map((o) => [o.indicator, o.areaCode, o.period, o.value, o.status]);

// A plan announced on a page about one province, written for these tests in the way provincial news phrase them.
const PLAN = [
  'Nhiều chỉ tiêu chuyển đổi số được đặt ra',
  'UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với nhiều chỉ tiêu, trong đó phấn đấu nằm trong top 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số.',
  'Về hạ tầng số, tỉnh sẽ triển khai mạng di động 5G tại TP Bắc Giang và thị xã Việt Yên. Tỉnh đặt mục tiêu 100% hộ gia đình có kết nối Internet.',
].join('\n');

describe('the frame of a page: its province, its plan', () => {
  it('is the province when several of its units are named as often, and "Tỉnh đặt mục tiêu" refers to it', () => {
    expect(read(PLAN)).toEqual([['households_internet_pct', '24', 2025, 100, 'TARGET']]);
  });

  it("gives a target without a year the year of the plan the page's opening announces", () => {
    const noPlan = PLAN.replace('kế hoạch chuyển đổi số năm 2025', 'nhiều giải pháp chuyển đổi số');
    expect(read(noPlan)).toEqual([['households_internet_pct', '24', null, 100, 'TARGET']]);
  });

  it('reads no rank in a goal or a top-N group ("phấn đấu nằm trong top 10 tỉnh ... dẫn đầu")', () => {
    expect(read(PLAN).filter(([indicator]) => indicator === 'dti_rank')).toEqual([]);
    // A published rank is still read.
    expect(read('Năm 2023, Bắc Giang dẫn đầu cả nước về chỉ số chuyển đổi số DTI.')).toEqual([['dti_rank', '24', 2023, 1, 'ACTUAL']]);
  });
});
