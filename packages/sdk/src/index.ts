/**
 * @egov-vn/sdk: a typed client for the egov-vn GraphQL API of Vietnamese
 * provincial e-government indicators. Every figure comes with its source.
 *
 * @example
 * import { createClient, toCsv, toRows } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * const figures = await egov.observations({ within: '17' }).toArray({ limit: 1000 });
 * console.log(toCsv(toRows(figures)));
 *
 * @packageDocumentation
 */

// client
export { createClient } from './client/create-client.js';
export type { ClientOptions, EgovClient, QueryFunction, VariablesArgs } from './client/client.types.js';

// typed GraphQL
export { graphql, type EgovGraphQL, type EgovSchemaSetup } from './graphql/graphql-tag.js';
export type { ResultOf, VariablesOf, FragmentOf } from 'gql.tada';
export type { introspection as EgovIntrospection } from './generated/graphql-env.js';
export type { DocumentInput, DocumentTypeDecoration, TypedDocument } from './graphql/document.js';
export { createGraphQLRequester, type GraphQLRequester, type RequestOptions } from './graphql/graphql-request.js';

// transport
export {
  createTransport,
  DEFAULT_TIMEOUT_MS,
  type Transport,
  type TransportOptions,
  type TransportRequest,
  type TransportResponse,
} from './transport/transport.js';
export type { FetchInit, FetchLike, FetchResponse, HeadersOption } from './transport/fetch.types.js';
export { DEFAULT_RETRY, parseRetryAfter, type RetryOptions, type RetryPolicy } from './transport/retry-policy.js';

// errors
export {
  EgovError,
  isEgovError,
  type EgovErrorCode,
  type EgovErrorJSON,
  type EgovRequestInfo,
  type EgovResponseInfo,
} from './errors/egov-error.js';
export { EgovNetworkError } from './errors/network-error.js';
export { EgovTimeoutError } from './errors/timeout-error.js';
export { EgovHttpError } from './errors/http-error.js';
export { EgovGraphQLError, type GraphQLErrorItem, type ServerErrorCode } from './errors/graphql-error.js';
export { EgovResponseError } from './errors/response-error.js';
export { EgovPaginationError } from './errors/pagination-error.js';

// results
export type { Area, AreaDetail, AreaLink, AreaRef } from './model/area.js';
export type { Coverage, Indicator, IndicatorDimension } from './model/indicator.js';
export type { HistoricalAttribution, Observation, Provenance } from './model/observation.js';
export type { Ranking, RankingCoverage, RankingEntry, RankingKind } from './model/ranking.js';
export type { Series, SeriesSegment } from './model/series.js';
export type { Source } from './model/source.js';
export type {
  DimensionCode,
  DimensionCodeOf,
  DimensionFilter,
  DimensionValues,
  ObservationDimensions,
  SliceDimensions,
} from './model/dimensions.js';
export type { AreaOptions, AreasOptions } from './resources/areas.resource.js';
export type { ListOptions } from './pagination/connection-page.js';
export type { IndicatorOptions, IndicatorsOptions } from './resources/indicators.resource.js';
export type { ObservationFilter, ObservationListOptions, ObservationOrder } from './resources/observations.resource.js';
export type { RankingOptions } from './resources/ranking.resource.js';
export type { SeriesOptions } from './resources/series.resource.js';

// releases and the change feed: standalone functions taking the client (tree-shaken when unused)
export { latestRelease, release, releases } from './resources/releases.resource.js';
export { changes, type ChangesOptions } from './resources/changes.resource.js';
export type { Release } from './model/release.js';
export type { Change } from './model/change.js';

// pagination
export { PagedList, MAX_TO_ARRAY_LIMIT } from './pagination/paged-list.js';
export { MAX_PAGE_SIZE, type Page, type PageFetcher } from './pagination/paginate.js';

// tidy data
export { toRows, OBSERVATION_COLUMNS, type ObservationRow } from './tidy/observation-rows.js';
export { toCsv, csvField, type CsvOptions } from './tidy/csv.js';

// vocabulary
export * from './generated/vocabulary.js';
export { isIndicatorCode } from './model/indicator-code.js';
export { SERVER_ERROR_CODES, SERVER_ERROR_STATUS, type KnownServerErrorCode } from './generated/server-error-codes.js';
export { SDK_VERSION } from './version.js';
