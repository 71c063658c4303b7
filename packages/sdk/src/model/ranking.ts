import type { AreaLevel, Geography, IndicatorCode } from '../generated/vocabulary.js';
import type { AreaRef } from './area.js';
import type { ObservationDimensions } from './dimensions.js';
import type { Observation } from './observation.js';

/** One ranked unit. */
export interface RankingEntry<C extends IndicatorCode = IndicatorCode> {
  /** Ties share a rank: 1, 2, 2, 4. */
  rank: number;
  value: number;
  area: AreaRef;
  /** The figure ranked, with its provenance. */
  observation: Observation<C>;
}

/** Units ordered by value (best first; for ranks, 1 first) in one period, one geography and one methodology. */
export interface Ranking<C extends IndicatorCode = IndicatorCode> {
  indicator: C;
  period: number;
  level: AreaLevel;
  geography: Geography | null;
  methodology: string | null;
  edition: string | null;
  dimensions: ObservationDimensions;
  entries: RankingEntry<C>[];
  /** Units of that level and geography with no figure: listed, never ranked. */
  unranked: AreaRef[];
}
