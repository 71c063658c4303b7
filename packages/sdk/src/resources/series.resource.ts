import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { IndicatorCode, ObservationStatus } from '../generated/vocabulary.js';
import type { SliceDimensions } from '../model/dimensions.js';
import type { Observation } from '../model/observation.js';
import type { Series } from '../model/series.js';
import { OBSERVATION_FIELDS } from './fragments.js';
import { toDimensions, toObservation } from './observation.mapper.js';
import type { SeriesResult, SeriesVariables } from './query-results.types.js';
import { required } from './required.js';
import { withFragments } from './document-text.js';

export const SERIES_QUERY = /* @__PURE__ */ withFragments(`query Series($indicator: String!, $area: String!, $dimensions: DimensionsInput, $status: ObservationStatus) {
series(indicator: $indicator, area: $area, dimensions: $dimensions, status: $status) {
comparable dimensions { govLevel serviceLevel component } area { ...AreaRefFields }
observations { ...ObservationFields } segments { methodology observations { id } }
}
}`, OBSERVATION_FIELDS);

/** Options of `client.series()`. */
export type SeriesOptions<C extends IndicatorCode> = {
  indicator: C;
  /** GSO code or `"<geography>:<code>"`. */
  area: string;
  /** `ACTUAL` (default) or `TARGET`. */
  status?: ObservationStatus | undefined;
} & SliceDimensions<C>;

export async function fetchSeries<C extends IndicatorCode>(request: GraphQLRequester, options: SeriesOptions<C>, init?: RequestOptions): Promise<Series<C>> {
  const variables: SeriesVariables = options;
  const data = await request<SeriesResult>(SERIES_QUERY, variables, init);
  const raw = required(data.series, 'series');
  const { area, comparable, segments } = raw;
  const byId = new Map<string, Observation<C>>();
  const observations = (raw.observations ?? []).map((o) => {
    const observation = toObservation<C>(o);
    byId.set(observation.id, observation);
    return observation;
  });
  return {
    indicator: options.indicator,
    area,
    dimensions: toDimensions(raw.dimensions),
    comparable,
    observations,
    segments: segments.map((s) => ({ methodology: s.methodology, observations: s.observations.map((o) => byId.get(o.id)!) })),
  };
}
