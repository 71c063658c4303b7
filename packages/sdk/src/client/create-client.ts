import { createGraphQLRequester } from '../graphql/graphql-request.js';
import { fetchArea, listAreas } from '../resources/areas.resource.js';
import { fetchIndicator, fetchIndicators } from '../resources/indicators.resource.js';
import { fetchObservation, listObservations } from '../resources/observations.resource.js';
import { fetchRanking } from '../resources/ranking.resource.js';
import { fetchSeries } from '../resources/series.resource.js';
import { fetchSource } from '../resources/sources.resource.js';
import { createTransport } from '../transport/transport.js';
import type { ClientOptions, EgovClient, QueryFunction } from './client.types.js';

/**
 * A client for the egov-vn API. No dependencies: it uses the platform's
 * `fetch` (Node 20+, browsers) unless you pass one.
 *
 * @example
 * import { createClient } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql', timeoutMs: 10_000, retries: 3 });
 * const ranking = await egov.ranking({ indicator: 'dti_rank', period: 2022 });
 * console.log(ranking.entries[0]?.area.name);
 */
export function createClient(options: ClientOptions): EgovClient {
  const transport = createTransport(options);
  const request = createGraphQLRequester(transport);
  return {
    endpoint: transport.endpoint,
    query: ((document: unknown, variables?: Record<string, unknown>, init?: Parameters<typeof request>[2]) =>
      request(document, variables, init)) as QueryFunction,
    indicators: (opts, init) => fetchIndicators(request, opts, init),
    indicator: (code, options) => fetchIndicator(request, code, options),
    areas: (opts, list) => listAreas(request, opts, list),
    area: (code, options) => fetchArea(request, code, options),
    series: (opts, init) => fetchSeries(request, opts, init),
    ranking: (opts, init) => fetchRanking(request, opts, init),
    observations: (filter, opts) => listObservations(request, filter, opts),
    observation: (id, options) => fetchObservation(request, id, options),
    source: (id, options) => fetchSource(request, id, options),
  };
}
