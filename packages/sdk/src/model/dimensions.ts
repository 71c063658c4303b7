import type {
  GovLevel,
  INDICATOR_DIMENSIONS,
  IndexComponent,
  IndicatorCode,
  ServiceLevel,
  ServiceMode,
  Settlement,
} from '../generated/vocabulary.js';

/** The value type of each dimension. */
export interface DimensionValues {
  govLevel: GovLevel;
  serviceLevel: ServiceLevel;
  serviceMode: ServiceMode;
  settlement: Settlement;
  component: IndexComponent;
}

/** A dimension code: `'govLevel' | 'serviceLevel' | 'serviceMode' | 'settlement' | 'component'`. */
export type DimensionCode = keyof DimensionValues;

/** The dimensions indicator `C` is split by: `DimensionCodeOf<'dti_rank'>` is `'component'`. */
export type DimensionCodeOf<C extends IndicatorCode> = (typeof INDICATOR_DIMENSIONS)[C][number];

/** Dimension values of one figure; a dimension its indicator does not have is absent. */
export interface ObservationDimensions {
  govLevel?: GovLevel;
  serviceLevel?: ServiceLevel;
  serviceMode?: ServiceMode;
  settlement?: Settlement;
  component?: IndexComponent;
}

/**
 * Dimension values to select, limited to the dimensions of `C`:
 * `{ govLevel: 'ALL' }` does not compile for `dti_rank`, which has none.
 */
export type DimensionFilter<C extends IndicatorCode = IndicatorCode> = {
  [K in DimensionCode]?: K extends DimensionCodeOf<C> ? DimensionValues[K] : never;
};

/**
 * The `dimensions` of a single series (series, ranking). The server fills in
 * `govLevel: 'ALL'`, `settlement: 'ALL'` and `component: 'OVERALL'`; a service
 * level or mode has no default, so it is required for indicators split by it.
 */
export type SliceDimensions<C extends IndicatorCode> = C extends unknown
  ? 'serviceLevel' extends DimensionCodeOf<C>
    ? { dimensions: DimensionFilter<C> & { serviceLevel: ServiceLevel } }
    : 'serviceMode' extends DimensionCodeOf<C>
      ? { dimensions: DimensionFilter<C> & { serviceMode: ServiceMode } }
      : { dimensions?: DimensionFilter<C> | undefined }
  : never;
