import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string) =>
  extractObservations(text, { areas, areaHint: 'Phú Yên', publishedAt: '2016-03-01' }).observations.map((o) => [
    o.indicator,
    o.dimensions.govLevel ?? o.dimensions.serviceLevel ?? null,
    o.value,
  ]);

// Sentences written for these tests, in the ways reports and plans phrase them.
describe('numbers that are no figure of the area', () => {
  it('drops densities per N people or households, keeps the count beside them', () => {
    expect(read('Năm 2015, toàn tỉnh có 135.000 thuê bao điện thoại, bình quân 100 hộ dân sử dụng 311,9 thuê bao điện thoại.')).toEqual([
      ['telephone_subscribers', null, 135000],
    ]);
    expect(read('Năm 2015, toàn tỉnh có 135.000 thuê bao điện thoại (tăng 3,9 thuê bao điện thoại/100 hộ dân).')).toEqual([
      ['telephone_subscribers', null, 135000],
    ]);
    expect(read('Năm 2015, cứ 100 dân có 24 thuê bao Internet.')).toEqual([]);
  });

  it('drops the parts of a total the sentence states ("6 lớp gồm: ... 05 lớp")', () => {
    expect(read('Trong năm 2015, tỉnh đã tổ chức được 6 lớp tin học gồm: tổ chức 05 lớp tin học văn phòng cho cán bộ; mở 1 lớp quản trị mạng.')).toEqual([
      ['it_training_courses', null, 6],
    ]);
    // Without a stated total, every listed count is read.
    expect(read('Trong năm 2015, tỉnh đã tổ chức 05 lớp tin học văn phòng cho cán bộ; 02 lớp tin học cho lãnh đạo.')).toEqual([
      ['it_training_courses', null, 5],
      ['it_training_courses', null, 2],
    ]);
  });
});

describe('predicates', () => {
  it('shares the predicate after a list only with figures that have none of their own', () => {
    expect(read('Kết quả điều tra năm 2015: 9/13 xã có máy tính nối mạng internet, 6/13 xã có máy tính nối mạng LAN.')).toEqual([
      ['agencies_lan_pct', 'COMMUNE', 46.15],
    ]);
    expect(read('Đến nay, gần 80% CBCC cấp tỉnh, 70% CBCC cấp huyện và trên 20% CBCC cấp xã được trang bị máy tính.')).toEqual([
      ['officials_with_computer_pct', 'PROVINCE', 80],
      ['officials_with_computer_pct', 'DISTRICT', 70],
      ['officials_with_computer_pct', 'COMMUNE', 20],
    ]);
  });

  it('reads a cue that says which units, followed by what they do ("thực hiện ..."), as no figure of the cue', () => {
    expect(
      read('Mục tiêu năm 2016: 100% cơ quan sử dụng hệ thống quản lý văn bản và điều hành; 60% đơn vị sử dụng hệ thống quản lý văn bản và điều hành thực hiện liên thông văn bản điện tử.'),
    ).toEqual([['agencies_document_system_pct', 'ALL', 100]]);
  });

  it('gives a service level that introduces a value ("mức độ 4 là 450") to that value, not to the one before it', () => {
    expect(read('Đến nay, tỉnh có 1.539 dịch vụ công trực tuyến, trong đó mức độ 3 là 1.089 thủ tục và mức độ 4 là 450 thủ tục.')).toEqual([
      ['online_services_count', '3', 1089],
      ['online_services_count', '4', 450],
    ]);
  });

  it('gives a tier to the figure whose subject names it, not to a later figure of an indicator without tiers', () => {
    expect(
      read('Mục tiêu năm 2016: 100% cơ quan nhà nước từ cấp huyện trở lên có cổng thông tin điện tử cung cấp thông tin theo quy định, cung cấp tất cả các dịch vụ công trực tuyến đạt mức độ 2.'),
    ).toEqual([
      ['agencies_website_pct', 'PROVINCE', 100],
      ['agencies_website_pct', 'DISTRICT', 100],
      ['online_services_pct', '2', 100],
    ]);
    // A tier that no earlier figure took still voids a figure without tiers.
    expect(read('Quý I năm 2016, cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến.')).toEqual([]);
  });
});
