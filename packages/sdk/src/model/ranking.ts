import type { AreaLevel, Geography, IndicatorCode } from '../generated/vocabulary.js';
import type { AreaRef } from './area.js';
import type { ObservationDimensions } from './dimensions.js';
import type { Observation } from './observation.js';

/** One ranked unit. */
export interface RankingEntry<C extends IndicatorCode = IndicatorCode> {
  /** `PUBLISHED`: the published rank. `COMPUTED`: the position among the units with a value (ties share a rank: 1, 2, 2, 4). */
  rank: number;
  /** Another unit of the ranking has the same rank. */
  tied: boolean;
  value: number;
  area: AreaRef;
  /** The figure ranked, with its provenance. */
  observation: Observation<C>;
}

/** Where the ranks come from: published by the index's publisher, or computed by the API from the values it has. */
export type RankingKind = 'PUBLISHED' | 'COMPUTED';

/** How many of the units of the level and geography have a figure. */
export interface RankingCoverage {
  ranked: number;
  /** The field: 63 provinces before 1 July 2025, 34 since. */
  total: number;
  /** ranked / total. */
  ratio: number;
  /** Least ratio at which a computed ordering is served without `allowPartial`. */
  threshold: number;
}

/** Units ranked in one period, one geography, one edition and one methodology. */
export interface Ranking<C extends IndicatorCode = IndicatorCode> {
  indicator: C;
  kind: RankingKind;
  /** The number of units a rank is out of ("25 of 63"). */
  fieldSize: number;
  coverage: RankingCoverage;
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
