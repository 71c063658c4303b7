import { describe, expect, it } from 'vitest';
import type { AreaLevel, AreaRecord } from '../src/geography/area.types.js';
import { loadAreas, loadLineage2025, type LineageRecord } from '../src/geography/geography.data.js';

const pre = loadAreas('pre2025');
const post = loadAreas('post2025');
const lineage = loadLineage2025();
const preByCode = new Map(pre.map((a) => [a.code, a]));
const postByCode = new Map(post.map((a) => [a.code, a]));

function count(areas: AreaRecord[], level: AreaLevel): number {
  return areas.filter((a) => a.level === level).length;
}

function successors(level: AreaLevel, fromCode: string): LineageRecord[] {
  return lineage.filter((r) => r.level === level && r.fromCode === fromCode);
}

describe('pre2025 areas', () => {
  it('has 63 provinces, 696 districts, 10,035 communes', () => {
    expect(count(pre, 'PROVINCE')).toBe(63);
    expect(count(pre, 'DISTRICT')).toBe(696);
    expect(count(pre, 'COMMUNE')).toBe(10035);
    expect(preByCode.size).toBe(pre.length);
  });

  it('links each unit to a parent at the level above', () => {
    for (const a of pre) {
      const parent = a.parentCode === null ? undefined : preByCode.get(a.parentCode);
      if (a.level === 'PROVINCE') expect(a.parentCode).toBeNull();
      else expect(parent?.level, `${a.code} → ${a.parentCode}`).toBe(a.level === 'DISTRICT' ? 'PROVINCE' : 'DISTRICT');
    }
  });

  it('gives every province a distinct ISO 3166-2 code and no one else', () => {
    const provinces = pre.filter((a) => a.level === 'PROVINCE');
    for (const p of provinces) expect(p.isoCode, p.code).toMatch(/^VN-[0-9A-Z]{2}$/);
    expect(new Set(provinces.map((p) => p.isoCode)).size).toBe(63);
    expect(pre.filter((a) => a.level !== 'PROVINCE' && a.isoCode !== null)).toEqual([]);
    expect(preByCode.get('17')?.isoCode).toBe('VN-14'); // Hòa Bình
    expect(preByCode.get('02')?.isoCode).toBe('VN-03'); // Hà Giang: ISO codes are not GSO codes
  });

  it('is valid until 30 June 2025', () => {
    for (const a of pre) {
      expect(a.geography).toBe('pre2025');
      expect(a.validFrom).toBeNull();
      expect(a.validTo).toBe('2025-06-30');
    }
  });
});

describe('post2025 areas', () => {
  it('has 34 provinces and 3,321 communes, no districts', () => {
    expect(count(post, 'PROVINCE')).toBe(34);
    expect(count(post, 'DISTRICT')).toBe(0);
    expect(count(post, 'COMMUNE')).toBe(3321);
    expect(postByCode.size).toBe(post.length);
  });

  it('puts every commune directly under a province', () => {
    for (const a of post) {
      if (a.level === 'PROVINCE') expect(a.parentCode).toBeNull();
      else expect(postByCode.get(a.parentCode ?? '')?.level, a.code).toBe('PROVINCE');
      expect(a.geography).toBe('post2025');
      expect(a.isoCode).toBeNull();
      expect(a.validFrom).toBe('2025-07-01');
      expect(a.validTo).toBeNull();
    }
  });
});

describe('lineage 2025', () => {
  it('only links existing codes at consistent levels', () => {
    for (const r of lineage) {
      const from = preByCode.get(r.fromCode);
      const to = postByCode.get(r.toCode);
      expect(from?.level, `from ${r.fromCode}`).toBe(r.level);
      expect(to?.level, `to ${r.toCode}`).toBe(r.level === 'PROVINCE' ? 'PROVINCE' : 'COMMUNE');
      expect(['full', 'partial']).toContain(r.kind);
    }
  });

  it('maps all 63 old provinces onto the 34 new ones', () => {
    const provinces = lineage.filter((r) => r.level === 'PROVINCE');
    expect(new Set(provinces.map((r) => r.fromCode)).size).toBe(63);
    expect(new Set(provinces.map((r) => r.toCode)).size).toBe(34);
    expect(provinces.every((r) => r.kind === 'full')).toBe(true);
  });

  it('merges Hòa Bình into Phú Thọ, Bắc Kạn into Thái Nguyên, Bạc Liêu into Cà Mau', () => {
    const newName = (fromCode: string) => {
      const [r, ...rest] = successors('PROVINCE', fromCode);
      expect(rest).toEqual([]);
      return { name: postByCode.get(r?.toCode ?? '')?.nameVi, kind: r?.kind };
    };
    expect(preByCode.get('17')?.nameVi).toMatch(/^Ho[àa] Bình$/);
    expect(newName('17')).toEqual({ name: 'Phú Thọ', kind: 'full' });
    expect(newName('06')).toEqual({ name: 'Thái Nguyên', kind: 'full' });
    expect(newName('19')).toEqual({ name: 'Thái Nguyên', kind: 'full' });
    expect(newName('95')).toEqual({ name: 'Cà Mau', kind: 'full' });
    expect(newName('96')).toEqual({ name: 'Cà Mau', kind: 'full' });
  });

  it('keeps communes inside the new province their old province went to', () => {
    const newProvince = new Map(lineage.filter((r) => r.level === 'PROVINCE').map((r) => [r.fromCode, r.toCode]));
    const oldProvince = (code: string) => {
      let a = preByCode.get(code);
      while (a?.parentCode) a = preByCode.get(a.parentCode);
      return a?.code ?? '';
    };
    for (const r of lineage.filter((l) => l.level !== 'PROVINCE')) {
      expect(postByCode.get(r.toCode)?.parentCode, `${r.fromCode} → ${r.toCode}`).toBe(newProvince.get(oldProvince(r.fromCode)));
    }
  });

  it('splits some communes between several successors, marked partial', () => {
    const byFrom = new Map<string, LineageRecord[]>();
    for (const r of lineage.filter((l) => l.level === 'COMMUNE')) byFrom.set(r.fromCode, [...(byFrom.get(r.fromCode) ?? []), r]);
    const split = [...byFrom.values()].filter((rs) => rs.length > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const rs of split) expect(rs.every((r) => r.kind === 'partial')).toBe(true);
    for (const rs of byFrom.values()) if (rs.length === 1) expect(rs[0]?.kind).toBe('full');
    // Phường Điện Biên (Ba Đình, Hà Nội) went to 4 new wards.
    expect(successors('COMMUNE', '00019').map((r) => r.toCode).sort()).toEqual(['00004', '00070', '00190', '00226']);
  });

  it('gives every new commune at least one predecessor', () => {
    const withPredecessor = new Set(lineage.filter((r) => r.level !== 'PROVINCE').map((r) => r.toCode));
    expect(post.filter((a) => a.level === 'COMMUNE' && !withPredecessor.has(a.code)).map((a) => a.code)).toEqual([]);
  });

  it('applies the documented decisions', () => {
    // Ba Chẽ / Ia Mơ: the post-2025 list's codes.
    expect(successors('COMMUNE', '06970')).toEqual([{ level: 'COMMUNE', fromCode: '06970', toCode: '06978', kind: 'full' }]);
    expect(successors('COMMUNE', '23938')).toEqual([{ level: 'COMMUNE', fromCode: '23938', toCode: '23938', kind: 'full' }]);
    // An Giang 30622 → Đồng Tháp 30259 is wrong and dropped: no successor.
    expect(successors('COMMUNE', '30622')).toEqual([]);
    // Island districts → special zones.
    expect(lineage.filter((r) => r.level === 'DISTRICT').map((r) => `${r.fromCode}>${r.toCode}`)).toEqual([
      '318>11948', '471>19742', '498>20333', '536>21548', '755>26732',
    ]);
  });
});
