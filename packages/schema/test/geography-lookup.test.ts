import { describe, expect, it } from 'vitest';
import { AREA_ALIASES } from '../src/geography/area-aliases.js';
import { searchKey } from '../src/geography/fold-name.js';
import { loadAreas, loadLineage2025 } from '../src/geography/geography.data.js';
import { isInForce, isIsoDate, todayInVietnam } from '../src/geography/validity.js';

const areas = [...loadAreas('pre2025'), ...loadAreas('post2025')];
const byRef = new Map(areas.map((a) => [`${a.geography}:${a.code}`, a]));

describe('area aliases', () => {
  it('name existing units only', () => {
    for (const { alias, refs } of AREA_ALIASES) {
      for (const ref of refs) expect(byRef.get(ref), `${alias} → ${ref}`).toBeDefined();
    }
  });

  it('add something the official names do not already cover', () => {
    for (const { alias, refs } of AREA_ALIASES) {
      for (const ref of refs) {
        const a = byRef.get(ref)!;
        const official = [a.nameVi, a.nameEn, a.fullNameVi, a.fullNameEn].map(searchKey);
        expect(official, alias).not.toContain(searchKey(alias));
      }
    }
  });

  it('fold like names do', () => {
    expect(searchKey('TP.HCM')).toBe(searchKey('TP HCM'));
    expect(searchKey('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(searchKey('Sài Gòn')).toBe('sai gon');
  });
});

describe('validity', () => {
  it('accepts real ISO dates only', () => {
    expect(isIsoDate('2025-07-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2021-02-29', '2020-13-01', '2020-1-1', '20200101', '1899-12-31', '2101-01-01', 'yesterday', '']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('puts every unit in force in exactly one geography on any day', () => {
    const hanoi = ['pre2025:01', 'post2025:01'].map((r) => byRef.get(r)!);
    for (const [date, geography] of [
      ['1990-01-01', 'pre2025'],
      ['2025-06-30', 'pre2025'],
      ['2025-07-01', 'post2025'],
      ['2030-01-01', 'post2025'],
    ] as const) {
      expect(hanoi.filter((a) => isInForce(a, date)).map((a) => a.geography)).toEqual([geography]);
    }
  });

  it("gives today's date in Vietnam (UTC+7)", () => {
    expect(todayInVietnam(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
  });
});

describe('lineage invariants the API relies on', () => {
  it('only communes were split (partial links): a full predecessor\'s descendants all lie in its successor', () => {
    const partial = loadLineage2025().filter((r) => r.kind === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    expect(new Set(partial.map((r) => r.level))).toEqual(new Set(['COMMUNE']));
  });
});
