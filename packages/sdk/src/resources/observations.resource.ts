import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type {
  AreaLevel,
  Geography,
  IndicatorCode,
  ObservationStatus,
  Qualifier,
  ReviewStatus,
} from '../generated/vocabulary.js';
import type { DimensionFilter } from '../model/dimensions.js';
import type { Observation } from '../model/observation.js';
import { connectionPage, type ListOptions, pagedList } from '../pagination/connection-page.js';
import type { PagedList } from '../pagination/paged-list.js';
import { OBSERVATION_FIELDS } from './fragments.js';
import { toObservation } from './observation.mapper.js';
import type {
  ObservationNodeResult,
  ObservationNodeVariables,
  ObservationPageResult,
  ObservationPageVariables,
  AcceptReadonly,
} from './query-results.types.js';
import { required } from './required.js';
import { withFragments } from './document-text.js';

export const OBSERVATION_PAGE_QUERY = /* @__PURE__ */ withFragments(`query Observations($filter: ObservationFilter, $first: Int, $after: String, $orderBy: ObservationOrder) {
  observations(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ...ObservationFields } }
  }
}`, OBSERVATION_FIELDS);

export const OBSERVATION_NODE_QUERY = /* @__PURE__ */ withFragments(`query Observation($id: ID!) {
  node(id: $id) { __typename ...ObservationFields }
}`, OBSERVATION_FIELDS);

/** Which figures to list; all conditions must hold. Area arguments take a GSO code or `"<geography>:<code>"`. */
export interface ObservationFilter<C extends IndicatorCode = IndicatorCode> {
  indicator?: C | undefined;
  /** Any of these codes (at most 50). */
  indicators?: readonly C[] | undefined;
  area?: string | undefined;
  /** Any of these areas (at most 50). */
  areas?: readonly string[] | undefined;
  /** An area and all its descendants. */
  within?: string | undefined;
  areaLevel?: AreaLevel | undefined;
  geography?: Geography | undefined;
  period?: number | undefined;
  /** Inclusive; excludes figures without a period. */
  periodFrom?: number | undefined;
  periodTo?: number | undefined;
  /** `true`: only figures whose source states no period. */
  undated?: boolean | undefined;
  status?: ObservationStatus | undefined;
  qualifiers?: readonly Qualifier[] | undefined;
  /** Figures having these dimension values. */
  dimensions?: DimensionFilter<C> | undefined;
  /** Defaults to `['APPROVED']`. */
  reviewStatus?: readonly ReviewStatus[] | undefined;
  /** Global id or content hash of a source document. */
  source?: string | undefined;
  /**
   * `HISTORICAL`: the figures of each named unit's territory across the 2025
   * reorganisation (its predecessors' figures, each labelled with the unit it was
   * reported for and `via`). Never summed or averaged.
   */
  geographyMode?: 'AS_REPORTED' | 'HISTORICAL' | undefined;
  /** ISO date: plain codes mean the unit in force on it. */
  asOf?: string | undefined;
  /** A release name ("2026.1"): the figures published when it was cut, the same answer forever. Default: the live data. */
  release?: string | undefined;
  /** A moment (e.g. a change's `at`): only figures whose published version is newer. Withdrawals are in `changes()`. */
  updatedSince?: string | undefined;
}

/** Sort order of a listing; ties are broken by id, so pages never overlap. */
export interface ObservationOrder {
  field: 'INDICATOR' | 'AREA' | 'PERIOD' | 'VALUE' | 'ID';
  direction?: 'ASC' | 'DESC' | undefined;
}

/** Options of `client.observations()`. */
export interface ObservationListOptions extends ListOptions {
  orderBy?: ObservationOrder | undefined;
}

export function listObservations<C extends IndicatorCode>(
  request: GraphQLRequester,
  filter: ObservationFilter<C> = {},
  options: ObservationListOptions = {},
): PagedList<Observation<C>> {
  const { orderBy, ...list } = options;
  return pagedList(
    list,
    async (after, first, init) => {
      const variables: AcceptReadonly<ObservationPageVariables> = { filter, first, after, orderBy };
      const data = await request<ObservationPageResult>(OBSERVATION_PAGE_QUERY, variables, init);
      return connectionPage(required(data.observations, 'observations'), (node) => toObservation<C>(node));
    },
  );
}

export async function fetchObservation(request: GraphQLRequester, id: string, init?: RequestOptions): Promise<Observation | null> {
  const variables: ObservationNodeVariables = { id };
  const data = await request<ObservationNodeResult>(OBSERVATION_NODE_QUERY, variables, init);
  if (data.node?.__typename !== 'Observation') return null;
  const { __typename, ...node } = data.node;
  return toObservation(node);
}
