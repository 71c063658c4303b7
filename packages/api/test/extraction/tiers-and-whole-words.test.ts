import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';
import { readGovLevels } from '../../src/extraction/gov-level.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string) =>
  extractObservations(text, { areas, publishedAt: '2016-03-01' }).observations.map((o) => [o.indicator, o.dimensions.govLevel ?? null, o.value, o.status]);

// Sentences written for these tests, in the ways plans and reports phrase them.
describe('tiers named one by one', () => {
  it('reads "từ cấp huyện trở lên" and tiers enumerated after "cấp" as one tier each', () => {
    expect(readGovLevels('cơ quan nhà nước từ cấp huyện trở lên')).toEqual(['PROVINCE', 'DISTRICT']);
    expect(readGovLevels('đơn vị cấp tỉnh, huyện, thành phố')).toEqual(['PROVINCE', 'DISTRICT']);
    expect(readGovLevels('các cơ quan nhà nước từ cấp quận, huyện, thành phố, sở, ban, ngành')).toEqual(['PROVINCE', 'DISTRICT']);
    expect(readGovLevels('cán bộ cấp xã')).toEqual(['COMMUNE']);
    expect(readGovLevels('cơ quan từ tỉnh đến cơ sở')).toEqual(['ALL']);
  });

  it('gives a figure of several tiers one observation per tier, and the special-use network its own indicator', () => {
    const text = [
      'Kế hoạch ứng dụng CNTT tỉnh Phú Yên năm 2016',
      'Mục tiêu đến năm 2016: kết nối mạng chuyên dùng đến 100% đơn vị cấp tỉnh, huyện và 70% xã, phường, thị trấn; 100% cơ quan nhà nước từ cấp huyện trở lên có trang thông tin điện tử.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['special_network_agencies_pct', 'PROVINCE', 100, 'TARGET'],
      ['special_network_agencies_pct', 'DISTRICT', 100, 'TARGET'],
      ['special_network_agencies_pct', 'COMMUNE', 70, 'TARGET'],
      ['agencies_website_pct', 'PROVINCE', 100, 'TARGET'],
      ['agencies_website_pct', 'DISTRICT', 100, 'TARGET'],
    ]);
  });
});

describe('"tất cả" / "toàn bộ" as 100%', () => {
  it('reads all of the agencies, documents or services as 100% among figures in numbers, never in narrative or before a count', () => {
    const text = [
      'Báo cáo ứng dụng CNTT tỉnh Phú Yên năm 2015',
      'Đến nay, 85% cơ quan có mạng LAN, tất cả đơn vị đã xây dựng trang thông tin điện tử.',
      'Toàn bộ văn bản của các cơ quan nhà nước được trao đổi trên môi trường mạng.',
      'Tất cả 14 phòng chuyên môn đã có mạng LAN, 60% phòng có chữ ký số.',
    ].join('\n');
    expect(read(text)).toEqual([
      ['agencies_lan_pct', 'ALL', 85, 'ACTUAL'],
      ['agencies_website_pct', 'ALL', 100, 'ACTUAL'],
      ['agencies_digital_signature_pct', 'ALL', 60, 'ACTUAL'],
    ]);
  });
});
