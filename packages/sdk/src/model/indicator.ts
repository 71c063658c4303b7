import type {
  GovLevel,
  IndexComponent,
  IndicatorCategory,
  IndicatorCode,
  IndicatorUnit,
  ServiceLevel,
  ServiceMode,
  Settlement,
} from '../generated/vocabulary.js';

/** A dimension an indicator is split by, with its allowed values. */
export type IndicatorDimension =
  | { code: 'govLevel'; values: GovLevel[] }
  | { code: 'serviceLevel'; values: ServiceLevel[] }
  | { code: 'serviceMode'; values: ServiceMode[] }
  | { code: 'settlement'; values: Settlement[] }
  | { code: 'component'; values: IndexComponent[] };

/** Which areas and years have approved figures. */
export interface Coverage {
  observationCount: number;
  areaCount: number;
  years: number[];
  /** Figures whose source states no period. */
  undatedCount: number;
}

/** An indicator of the vocabulary. */
export interface Indicator<C extends IndicatorCode = IndicatorCode> {
  id: string;
  code: C;
  nameVi: string;
  nameEn: string;
  definition: string;
  unit: IndicatorUnit;
  category: IndicatorCategory;
  /** False for ranks, where 1 is best. */
  higherIsBetter: boolean;
  dimensions: IndicatorDimension[];
  coverage: Coverage;
}
