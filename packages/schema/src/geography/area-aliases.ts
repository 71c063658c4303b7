import type { Geography } from './area.types.js';

/** A well-known name that is not the unit's official name, and the units it names. */
export interface AreaAlias {
  alias: string;
  /** `"<geography>:<code>"` of every unit the alias names. */
  refs: readonly `${Geography}:${string}`[];
}

/**
 * Well-known aliases of provinces, searched like official names (see
 * `searchKey`). Small and hand-written on purpose: only names in common use
 * that the official names do not already cover after folding ("Hoà Bình" and
 * "Hòa Bình", "Dak Lak" and "Đắk Lắk" already match). An alias names the unit
 * in both geographies when the unit kept its code and name in 2025.
 */
export const AREA_ALIASES: readonly AreaAlias[] = [
  // Hồ Chí Minh City: the common abbreviations and its former name.
  { alias: 'TP.HCM', refs: ['pre2025:79', 'post2025:79'] },
  { alias: 'TPHCM', refs: ['pre2025:79', 'post2025:79'] },
  { alias: 'HCMC', refs: ['pre2025:79', 'post2025:79'] },
  { alias: 'Sài Gòn', refs: ['pre2025:79', 'post2025:79'] },
  { alias: 'Saigon', refs: ['pre2025:79', 'post2025:79'] },
  // Huế: the province was Thừa Thiên Huế until it became a city on 1 January 2025.
  { alias: 'Thừa Thiên Huế', refs: ['pre2025:46', 'post2025:46'] },
  // English spellings in one word.
  { alias: 'Hanoi', refs: ['pre2025:01', 'post2025:01'] },
  { alias: 'Danang', refs: ['pre2025:48', 'post2025:48'] },
  { alias: 'Haiphong', refs: ['pre2025:31', 'post2025:31'] },
  { alias: 'Daklak', refs: ['pre2025:66', 'post2025:66'] },
  { alias: 'Kontum', refs: ['pre2025:62'] },
  // Common spelling variants and abbreviations of pre-2025 provinces.
  { alias: 'Bắc Cạn', refs: ['pre2025:06'] },
  { alias: 'BR-VT', refs: ['pre2025:77'] },
];
