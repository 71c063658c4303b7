import { describe, expect, it } from 'vitest';
import { loadAreas, loadIndexObservations } from '../src/geography/geography.data.js';
import { isDimensionValue } from '../src/indicators/dimension.js';
import { findIndicator, isIndicatorCode } from '../src/indicators/indicator.vocabulary.js';

const { sources, observations } = loadIndexObservations();
const sourceByKey = new Map(sources.map((s) => [s.key, s]));
const provinces = {
  pre2025: new Set(loadAreas('pre2025').filter((a) => a.level === 'PROVINCE').map((a) => a.code)),
  post2025: new Set(loadAreas('post2025').filter((a) => a.level === 'PROVINCE').map((a) => a.code)),
};

describe('index sources', () => {
  it('has one source per address with unique keys', () => {
    expect(new Set(sources.map((s) => s.key)).size).toBe(sources.length);
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
    for (const s of sources) {
      expect(s.kind).toBe('TABLE');
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.attribution.length).toBeGreaterThan(0);
      if (s.publishedAt !== null) expect(s.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('puts both DTI 2022 tables into the dti.gov.vn source, separated by a blank line', () => {
    const dti = sources.find((s) => s.url === 'https://dti.gov.vn/xep-hang-2022');
    expect(dti?.publisher).toBe('Bộ Thông tin và Truyền thông');
    expect(dti?.text.split('\n\n')).toHaveLength(2);
    expect(dti?.text.startsWith('rank,province_name_as_published,gso_code_pre2025\n')).toBe(true);
  });
});

describe('index observations', () => {
  it('quotes a line of its source text at the given offsets', () => {
    for (const o of observations) {
      const source = sourceByKey.get(o.sourceKey);
      expect(source, o.sourceKey).toBeDefined();
      expect(source?.text.slice(o.quoteStart, o.quoteEnd)).toBe(o.quote);
      expect(source?.text[o.quoteStart - 1]).toBe('\n');
      expect(source?.text[o.quoteEnd]).toBe('\n');
    }
  });

  it('uses valid indicator codes, components, areas and values', () => {
    for (const o of observations) {
      expect(isIndicatorCode(o.indicator), o.indicator).toBe(true);
      expect(findIndicator(o.indicator)?.dimensions).toEqual(['component']);
      expect(Object.keys(o.dimensions)).toEqual(['component']);
      expect(isDimensionValue('component', o.dimensions.component), o.dimensions.component).toBe(true);
      expect(provinces[o.geography].has(o.areaCode), `${o.geography} ${o.areaCode}`).toBe(true);
      expect(o.qualifier).toBe('EXACT');
      expect(o.status).toBe('ACTUAL');
      expect(o.quote).toContain(o.value);
      if (o.indicator.endsWith('_rank')) expect(o.value).toMatch(/^[1-9]\d*$/);
      else {
        const range = findIndicator(o.indicator)!;
        expect(o.value).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(o.value)).toBeGreaterThanOrEqual(range.min);
        expect(Number(o.value)).toBeLessThanOrEqual(range.max ?? Infinity);
      }
      expect(o.locator).toContain(String(o.period));
      expect(o.locatorEn).toContain(o.edition);
      expect(o.edition).toContain(String(o.period));
      expect(o.methodology.length).toBeGreaterThan(0);
    }
  });

  it('has the 63 DTI 2022 overall ranks of dti.gov.vn, tied at 15', () => {
    const dti = sources.find((s) => s.url === 'https://dti.gov.vn/xep-hang-2022');
    const ranks = observations.filter(
      (o) => o.sourceKey === dti?.key && o.indicator === 'dti_rank' && o.dimensions.component === 'OVERALL' && o.period === 2022,
    );
    expect(ranks).toHaveLength(63);
    expect(new Set(ranks.map((o) => o.areaCode)).size).toBe(63);
    expect(ranks.filter((o) => o.value === '15').map((o) => o.areaCode).sort()).toEqual(['15', '38']);
    expect(ranks.every((o) => o.edition === 'DTI 2022' && o.methodology === '8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)')).toBe(true);
    const scores = observations.filter((o) => o.sourceKey === dti?.key && o.indicator === 'dti_score');
    expect(scores).toHaveLength(5 * 9);
    expect(scores.find((o) => o.areaCode === '48' && o.dimensions.component === 'OVERALL')?.value).toBe('0.8002');
    expect(scores.find((o) => o.areaCode === '48' && o.dimensions.component === 'DIGITAL_AWARENESS')?.value).toBe('1.0000');
  });

  it('places DTI 2024 on both published bases: the 34 merged provinces and the 63 before the merger', () => {
    const dti2024 = observations.filter((o) => o.edition === 'DTI 2024' && o.dimensions.component === 'OVERALL' && o.indicator === 'dti_rank');
    const post = dti2024.filter((o) => o.geography === 'post2025');
    const pre = dti2024.filter((o) => o.geography === 'pre2025');
    expect(post.length).toBeGreaterThan(0);
    expect(pre.length).toBeGreaterThan(0);
    expect(post.every((o) => provinces.post2025.has(o.areaCode))).toBe(true);
    expect(observations.filter((o) => o.geography === 'post2025').every((o) => o.edition === 'DTI 2024')).toBe(true);
  });

  it('loads the second-pass tables: every figure row of both files is an observation, notes kept', () => {
    // Rows of dti_provincial_reported_values.csv and egov_other_indices_reported_values.csv with a province and a rank or value.
    const second = observations.filter((o) => /^[A-Z_]+,\d{4},[^,]*,(pre2025|post2025),/.test(o.quote));
    const rows = new Set(second.map((o) => `${o.sourceKey}|${o.quote}`));
    expect(rows.size).toBe(329 - 26 - 9);
    expect(second.some((o) => o.indicator === 'sipas_score' && o.value === '84.08')).toBe(true);
    expect(second.some((o) => o.indicator === 'par_index_score' && o.value === '88.18')).toBe(true);
    // The DTI 2021 tie at 12 (Thanh Hóa and Vĩnh Phúc) is kept, each with its own source.
    const twelfth = observations.filter((o) => o.indicator === 'dti_rank' && o.period === 2021 && o.value === '12' && o.dimensions.component === 'OVERALL');
    expect(new Set(twelfth.map((o) => o.areaCode))).toEqual(new Set(['38', '26']));
    expect(observations.filter((o) => o.note !== null).length).toBeGreaterThan(50);
  });

  it('gives every source a language, an English title and a role; dti.gov.vn is the primary publisher', () => {
    for (const s of sources) {
      expect(['vi', 'en']).toContain(s.language);
      expect(s.titleEn.length).toBeGreaterThan(0);
      if (s.language === 'en') expect(s.title).toBe(s.titleEn);
      else expect(s.title).not.toBe(s.titleEn);
    }
    expect(sources.find((s) => s.url === 'https://dti.gov.vn/xep-hang-2022')?.role).toBe('PRIMARY');
    expect(sources.find((s) => s.url.includes('dantri.com.vn'))).toMatchObject({ role: 'SECONDARY', publisher: 'Báo Dân trí', language: 'vi' });
  });

  it('reads the 2017 e-government ranking with its publication date', () => {
    const egov = observations.filter((o) => o.edition === 'IT application & e-government ranking 2017');
    const table = sources.find((s) => s.url.includes('vinhphuc.gov.vn'));
    expect(table?.publishedAt).toBe('2018-07-05');
    expect(egov.filter((o) => o.sourceKey === table?.key && o.indicator === 'egov_it_rank')).toHaveLength(53);
    expect(egov.filter((o) => o.sourceKey === table?.key && o.indicator === 'egov_it_score')).toHaveLength(53);
  });

  it('skips rows without a province (means, national values)', () => {
    for (const o of observations) expect(o.quote).not.toMatch(/\((provincial mean|national)\)/);
  });
});
