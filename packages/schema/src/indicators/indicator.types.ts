import type { DimensionCode } from './dimension.js';

export const INDICATOR_UNITS = ['percent', 'count', 'level', 'index', 'rank'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_CATEGORIES = [
  'INFRASTRUCTURE',
  'HUMAN_RESOURCES',
  'INTERNAL_APPLICATION',
  'ONLINE_SERVICES',
  'TELECOM',
  'COMPOSITE_INDEX',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export interface IndicatorDefinition<Code extends string = string> {
  code: Code;
  nameVi: string;
  nameEn: string;
  /** English definition, as in spec/indicators.md. */
  definition: string;
  /** Vietnamese phrases that signal the indicator in a text. */
  cueWords: readonly string[];
  unit: IndicatorUnit;
  category: IndicatorCategory;
  dimensions: readonly DimensionCode[];
  /** `false` for ranks, where 1 is best. */
  higherIsBetter: boolean;
  /** Valid range of a value, used to reject impossible figures. */
  min: number;
  max: number | null;
}
