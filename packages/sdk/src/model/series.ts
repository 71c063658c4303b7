import type { IndicatorCode } from '../generated/vocabulary.js';
import type { AreaRef } from './area.js';
import type { ObservationDimensions } from './dimensions.js';
import type { Observation } from './observation.js';

/** A run of figures computed with one methodology. */
export interface SeriesSegment<C extends IndicatorCode = IndicatorCode> {
  methodology: string | null;
  observations: Observation<C>[];
}

/** The figures of one indicator, slice and area, by period (undated figures last). */
export interface Series<C extends IndicatorCode = IndicatorCode> {
  indicator: C;
  area: AreaRef;
  dimensions: ObservationDimensions;
  /** False when the series crosses a methodology break: compare within a segment only. */
  comparable: boolean;
  observations: Observation<C>[];
  segments: SeriesSegment<C>[];
}
