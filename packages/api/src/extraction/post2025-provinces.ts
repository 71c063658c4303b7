import { loadAreas, type AreaRecord } from '@egov-vn/schema';
import { buildAreaIndex, scanAreaMentions, type AreaIndex, type AreaMention } from './area-resolver.js';
import type { CanonicalText } from './canonical-text.js';

let index: AreaIndex | null = null;

/** The 34 provinces in force since 1 July 2025, indexed once per process (static package data). */
function post2025Provinces(): AreaIndex {
  index ??= buildAreaIndex(loadAreas('post2025').filter((a) => a.level === 'PROVINCE'));
  return index;
}

/**
 * A ranking of the 34 provinces of 1 July 2025 names the new provinces: its place names are read
 * against them ("Hue", "Hai Phong" → the merged city), so the readings are stored on the 2025 units
 * and never on the pre-2025 unit that shares the name. Sorted by start, like the pre-2025 mentions.
 */
export function post2025ProvinceMentions(c: CanonicalText): AreaMention[] {
  return scanAreaMentions(c, post2025Provinces()).flatMap((m) => {
    const area = m.candidates[0];
    return area ? [{ start: m.start, end: m.end, ref: { kind: 'AREA' as const, area }, named: true }] : [];
  });
}

/** The 2025 province that carries a pre-2025 province's name, if any ("Quảng Trị" → 44; "Quảng Bình" → none). */
export function post2025Namesake(area: AreaRecord | null): AreaRecord | null {
  if (!area || area.level !== 'PROVINCE') return null;
  // Same name, or the same code under a shortened name ("Thừa Thiên Huế" → "Huế").
  return post2025Provinces().records.find((p) => p.nameVi === area.nameVi || (p.code === area.code && area.nameVi.endsWith(p.nameVi))) ?? null;
}
