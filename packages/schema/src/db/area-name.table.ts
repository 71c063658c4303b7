import type { Insertable, Selectable } from 'kysely';

/** Where a name of an area comes from. */
export const AREA_NAME_KINDS = ['NAME_VI', 'NAME_EN', 'FULL_NAME_VI', 'FULL_NAME_EN', 'ALIAS'] as const;
export type AreaNameKind = (typeof AREA_NAME_KINDS)[number];

/**
 * Every name an area can be looked up by: its Vietnamese and English names,
 * with and without the unit type, and the well-known aliases of
 * `geography/area-aliases.ts`. One row per distinct search key of an area.
 */
export interface AreaNameTable {
  area_id: number;
  /** `searchKey(name)`: folded, without diacritics or unit prefix. */
  search_key: string;
  /** The name as written, e.g. "TP.HCM". */
  name: string;
  kind: AreaNameKind;
}

export type AreaNameRow = Selectable<AreaNameTable>;
export type NewAreaNameRow = Insertable<AreaNameTable>;
