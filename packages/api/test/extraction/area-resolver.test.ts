import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import {
  buildAreaIndex,
  canonicalize,
  extractObservations,
  findAreaByHint,
  resolveAreaMentions,
  scanAreaMentions,
  type AreaContext,
} from '../../src/extraction/index.js';

const areas = buildAreaIndex(loadAreas('pre2025'));

function resolved(raw: string, ctx: AreaContext = {}): string[] {
  const c = canonicalize(raw);
  return resolveAreaMentions(c, areas, scanAreaMentions(c, areas), ctx).map((m) =>
    m.ref.kind === 'AREA' ? m.ref.area.code : m.ref.kind === 'BACKREF' ? `BACKREF:${m.ref.level}` : m.ref.kind,
  );
}

describe('area hints', () => {
  it.each([
    ['17', '17'],
    ['064', '064'],
    ['Hòa Bình', '17'],
    ['tỉnh Hoà Bình', '17'],
    ['hoa binh', '17'],
    ['TP.HCM', '79'],
    ['Thành phố Hồ Chí Minh', '79'],
    ['Thừa Thiên Huế', '46'],
    ['huyện Chợ Đồn', '064'],
    ['Chợ Đồn', '064'],
  ])('%j → %s', (hint, code) => {
    expect(findAreaByHint(areas, hint)?.code).toBe(code);
  });

  it.each(['Xyz', '99', 'huyện Châu Thành', ''])('refuses %j', (hint) => {
    expect(findAreaByHint(areas, hint)).toBeUndefined();
  });
});

describe('mentions', () => {
  it('reads provinces with and without prefix, abbreviations and hyphens', () => {
    expect(resolved('Tại TP.HCM và Bà Rịa-Vũng Tàu, tỉnh Cà Mau, TP. Hồ Chí Minh, Thừa Thiên - Huế')).toEqual(['79', '77', '96', '79', '46']);
  });

  it('prefers the province to the city of the same name, unless the prefix says city', () => {
    expect(resolved('Hòa Bình và TP. Hòa Bình')).toEqual(['17', '148']);
  });

  it('needs capitals: ordinary words that fold to a place name are not places', () => {
    expect(resolved('hà nam long an')).toEqual([]);
  });

  it('does not read "TỈNH BẮC GIANG" as the commune Tịnh Bắc', () => {
    expect(resolved('NIÊN GIÁM THỐNG KÊ TỈNH BẮC GIANG')).toEqual(['24']);
  });

  it('leaves a district shared by ten provinces unresolved, and resolves it inside a province', () => {
    expect(resolved('huyện Châu Thành')).toEqual(['UNRESOLVED']);
    const tienGiang = areas.byCode.get('82');
    expect(resolved('huyện Châu Thành', { province: tienGiang })).toEqual(['821']);
  });

  it('reads communes only with their prefix and inside the context district', () => {
    const dongHy = areas.byCode.get('169');
    expect(resolved('xã Hòa Bình', { district: dongHy, province: areas.byCode.get('19') })).toEqual(['05671']);
    expect(resolved('xã Hòa Bình')).toEqual(['UNRESOLVED']);
  });

  it('falls back to the level when a unit changed type ("huyện Mộc Châu" is now a thị xã)', () => {
    expect(resolved('huyện Mộc Châu')).toEqual(['123']);
  });

  it('marks the nation, ministries and back-references', () => {
    expect(resolved('cả nước, các Bộ, ngành, toàn tỉnh, của huyện')).toEqual(['NATION', 'NATION', 'BACKREF:PROVINCE', 'BACKREF:DISTRICT']);
  });
});

describe('document area', () => {
  it('uses the hint when the text names no area, and the text when it does', () => {
    const plain = extractObservations('Đến nay, 100% cán bộ, công chức đã được trang bị máy tính.', { areas, areaHint: 'Lào Cai', publishedAt: '2015-01-01' });
    expect(plain.observations.map((o) => o.areaCode)).toEqual(['10']);
    const named = extractObservations('Tại Cà Mau, 100% cán bộ, công chức đã được trang bị máy tính.', { areas, areaHint: 'Lào Cai', publishedAt: '2015-01-01' });
    expect(named.observations.map((o) => o.areaCode)).toEqual(['96']);
  });

  it("takes the province of the outlet's address when the text names no place", () => {
    const text = 'Đến nay, 100% cán bộ, công chức đã được trang bị máy tính.';
    const portal = extractObservations(text, { areas, url: 'https://sotttt.laocai.gov.vn/tin/1.html', publishedAt: '2015-01-01' });
    expect(portal.observations.map((o) => o.areaCode)).toEqual(['10']);
    const paper = extractObservations(text, { areas, url: 'https://baocamau.vn/xa-hoi/1.html', publishedAt: '2015-01-01' });
    expect(paper.observations.map((o) => o.areaCode)).toEqual(['96']);
    // A national outlet names no province: nothing without a hint.
    expect(extractObservations(text, { areas, url: 'https://mic.gov.vn/tin/1.html', publishedAt: '2015-01-01' }).observations).toEqual([]);
    // An explicit hint wins over the address.
    expect(extractObservations(text, { areas, url: 'https://baocamau.vn/1.html', areaHint: 'Lào Cai', publishedAt: '2015-01-01' }).observations.map((o) => o.areaCode)).toEqual(['10']);
  });

  it("keeps a portal's page its province when the text names another province once in passing, not when it is about several", () => {
    const passing =
      'Năm 2011, tỉnh đã mở 6 lớp tin học cho cán bộ, công chức trong tỉnh.\n' +
      'Phối hợp với Trường Đại học Bách Khoa TP. Hồ Chí Minh mở lớp đại học từ xa cho cán bộ của tỉnh.';
    const r = extractObservations(passing, { areas, url: 'https://laocai.gov.vn/tin/1.html' });
    expect(r.observations.map((o) => [o.indicator, o.areaCode])).toEqual([['it_training_courses', '10']]);
    const several =
      'Nhiều địa phương đẩy mạnh đào tạo công nghệ thông tin\n' +
      'Đà Nẵng và Quảng Ninh dẫn đầu, Cà Mau và Hà Giang cũng tiến bộ.\n' +
      'Năm 2011, đã mở 6 lớp tin học cho cán bộ, công chức.';
    expect(extractObservations(several, { areas, url: 'https://laocai.gov.vn/tin/1.html' }).observations).toEqual([]);
  });

  it('warns about an unknown hint and publishes nothing without an area', () => {
    const r = extractObservations('Đến nay, 100% cán bộ, công chức đã được trang bị máy tính.', { areas, areaHint: 'Xyz' });
    expect(r.observations).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/unknown area hint/);
  });
});

describe('English names and datelines', () => {
  it('reads places named in English through the shared alias list, and never a news agency’s dateline', () => {
    expect(resolved('Hanoi (VNA) - Ho Chi Minh City and Thua Thien-Hue lead; Hanoi follows.')).toEqual(['79', '46', '01']);
    expect(resolved('Hà Nội (TTXVN 18/4/2024) Quảng Ninh đứng đầu.')).toEqual(['22']);
  });
});

describe('one-word names with diacritics', () => {
  it('takes a name written with other diacritics for no place ("Vũ Huệ" is not Huế), but a name written without any for the place', () => {
    expect(resolved('Phóng viên Vũ Huệ đưa tin.')).toEqual([]);
    expect(resolved('Tại Huế, hội nghị đã diễn ra.')).toEqual(['46']);
    expect(resolved('The conference took place in Hue.')).toEqual(['46']);
  });
});
