import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { DimensionCode } from '../indicators/dimension.js';
import type { IndicatorCategory, IndicatorUnit } from '../indicators/indicator.types.js';

export interface IndicatorTable {
  code: string;
  name_vi: string;
  name_en: string;
  definition: string;
  unit: IndicatorUnit;
  category: IndicatorCategory;
  /** JSON array of dimension codes; written as JSON text. */
  dimensions: ColumnType<DimensionCode[], string, string>;
  higher_is_better: boolean;
  sort_order: number;
}

export type IndicatorRow = Selectable<IndicatorTable>;
export type NewIndicatorRow = Insertable<IndicatorTable>;
