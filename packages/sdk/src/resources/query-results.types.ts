// Result and variables types of the SDK's own queries, derived from the
// committed schema (via gql.tada) and the query texts. A type-only module:
// everything imports it with `import type`, so the calls below never run and
// the gql.tada runtime stays out of the client bundle. When the schema
// changes under a query, the resources stop compiling.
import type { ResultOf, VariablesOf } from 'gql.tada';
import { graphql } from '../graphql/graphql-tag.js';
import { AREA_QUERY, AREAS_QUERY } from './areas.resource.js';
import { INDICATOR_QUERY, INDICATORS_QUERY } from './indicators.resource.js';
import { OBSERVATION_NODE_QUERY, OBSERVATION_PAGE_QUERY } from './observations.resource.js';
import { RANKING_QUERY } from './ranking.resource.js';
import { SERIES_QUERY } from './series.resource.js';
import { SOURCE_QUERY } from './sources.resource.js';
import { RELEASE_QUERY, RELEASES_QUERY } from './releases.resource.js';
import { CHANGES_QUERY } from './changes.resource.js';

const indicators = graphql(INDICATORS_QUERY);
const indicator = graphql(INDICATOR_QUERY);
const areas = graphql(AREAS_QUERY);
const area = graphql(AREA_QUERY);
const series = graphql(SERIES_QUERY);
const ranking = graphql(RANKING_QUERY);
const observationPage = graphql(OBSERVATION_PAGE_QUERY);
const observationNode = graphql(OBSERVATION_NODE_QUERY);
const source = graphql(SOURCE_QUERY);
const releases = graphql(RELEASES_QUERY);
const release = graphql(RELEASE_QUERY);
const changes = graphql(CHANGES_QUERY);

export type IndicatorsResult = ResultOf<typeof indicators>;
export type IndicatorsVariables = VariablesOf<typeof indicators>;
export type IndicatorResult = ResultOf<typeof indicator>;
export type IndicatorVariables = VariablesOf<typeof indicator>;
export type AreasResult = ResultOf<typeof areas>;
export type AreasVariables = VariablesOf<typeof areas>;
export type AreaResult = ResultOf<typeof area>;
export type AreaVariables = VariablesOf<typeof area>;
export type SeriesResult = ResultOf<typeof series>;
export type SeriesVariables = VariablesOf<typeof series>;
export type RankingResult = ResultOf<typeof ranking>;
export type RankingVariables = VariablesOf<typeof ranking>;
export type ObservationPageResult = ResultOf<typeof observationPage>;
export type ObservationPageVariables = VariablesOf<typeof observationPage>;
export type ObservationNodeResult = ResultOf<typeof observationNode>;
export type ObservationNodeVariables = VariablesOf<typeof observationNode>;
export type SourceResult = ResultOf<typeof source>;
export type SourceVariables = VariablesOf<typeof source>;
export type ReleasesResult = ResultOf<typeof releases>;
export type ReleasesVariables = VariablesOf<typeof releases>;
export type ReleaseResult = ResultOf<typeof release>;
export type ReleaseVariables = VariablesOf<typeof release>;
export type ChangesResult = ResultOf<typeof changes>;
export type ChangesVariables = VariablesOf<typeof changes>;

/** A release as the `ReleaseFields` selection returns it. */
export type RawRelease = NonNullable<ReleaseResult['release']>;
/** A figure as the change feed selects it (`ObservationCoreFields`: no `via`). */
export type RawObservationCore = NonNullable<RawChange['after']>;
/** A change as the feed's selection returns it. */
export type RawChange = NonNullable<ChangesResult['changes']>['edges'][number]['node'];

/** One observation as the shared `ObservationFields` selection returns it. */
export type RawObservation = NonNullable<ObservationPageResult['observations']>['edges'][number]['node'];

/** `T` with read-only arrays, so callers' `readonly` lists type-check against the variables. */
export type AcceptReadonly<T> = T extends readonly (infer U)[]
  ? readonly AcceptReadonly<U>[]
  : T extends object
    ? { [K in keyof T]: AcceptReadonly<T[K]> }
    : T;
