import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { AreaLevel, Geography, IndicatorCode } from '../generated/vocabulary.js';
import type { SliceDimensions } from '../model/dimensions.js';
import type { Ranking } from '../model/ranking.js';
import { OBSERVATION_FIELDS } from './fragments.js';
import { toDimensions, toObservation } from './observation.mapper.js';
import type { RankingResult, RankingVariables } from './query-results.types.js';
import { required } from './required.js';
import { withFragments } from './document-text.js';

export const RANKING_QUERY = /* @__PURE__ */ withFragments(`query Ranking($indicator: String!, $period: Int!, $level: AreaLevel, $dimensions: DimensionsInput, $geography: Geography, $methodology: String, $edition: String, $allowPartial: Boolean) {
rankingTable(indicator: $indicator, period: $period, level: $level, dimensions: $dimensions, geography: $geography, methodology: $methodology, edition: $edition, allowPartial: $allowPartial) {
kind period level geography methodology edition fieldSize coverage { ranked total ratio threshold } dimensions { govLevel serviceLevel component }
entries { rank tied value area { ...AreaRefFields } observation { ...ObservationFields } } unranked { ...AreaRefFields }
}
}`, OBSERVATION_FIELDS);

/** Options of `client.ranking()`. */
export type RankingOptions<C extends IndicatorCode> = {
  indicator: C;
  period: number;
  /** Default `PROVINCE`. */
  level?: AreaLevel | undefined;
  geography?: Geography | undefined;
  /** Needed only when one period mixes methodologies (the API answers INCOMPARABLE_VALUES). */
  methodology?: string | undefined;
  /** Needed only when one period mixes editions (the API answers INCOMPARABLE_VALUES). */
  edition?: string | undefined;
  /**
   * For an ordering computed from values (`kind: 'COMPUTED'`): serve it even when
   * fewer units than `coverage.threshold` have a value (the API answers
   * INSUFFICIENT_COVERAGE otherwise). Published ranks are always served.
   */
  allowPartial?: boolean | undefined;
} & SliceDimensions<C>;

export async function fetchRanking<C extends IndicatorCode>(request: GraphQLRequester, options: RankingOptions<C>, init?: RequestOptions): Promise<Ranking<C>> {
  const variables: RankingVariables = options;
  const data = await request<RankingResult>(RANKING_QUERY, variables, init);
  const raw = required(data.rankingTable, 'rankingTable');
  const table = raw;
  return {
    ...table,
    indicator: options.indicator,
    // `geography`, `methodology` and `edition` can be null.
    geography: raw.geography ?? null,
    methodology: raw.methodology ?? null,
    edition: raw.edition ?? null,
    dimensions: toDimensions(raw.dimensions),
    entries: table.entries.map((e) => ({ ...e, observation: toObservation<C>(e.observation) })),
  };
}
