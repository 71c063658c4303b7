import type { Generated, Insertable, Selectable } from 'kysely';
import type { AreaLevel, Geography } from '../geography/area.types.js';

export interface AreaTable {
  id: Generated<number>;
  geography: Geography;
  code: string;
  level: AreaLevel;
  name_vi: string;
  name_en: string;
  full_name_vi: string;
  full_name_en: string;
  unit_type_vi: string;
  unit_type_en: string;
  parent_id: number | null;
  /** Codes from the province down, dot-separated ("06.064.02050"): descendants share a prefix. */
  path: string;
  iso_code: string | null;
  /** `searchKey(name_vi)`: folded, without unit prefix. */
  search_key: string;
  valid_from: string | null;
  valid_to: string | null;
}

export type AreaRow = Selectable<AreaTable>;
export type NewAreaRow = Insertable<AreaTable>;
