import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { AreaLevel, Geography } from '../generated/vocabulary.js';
import type { Area, AreaDetail } from '../model/area.js';
import { connectionPage, type ListOptions, pagedList } from '../pagination/connection-page.js';
import type { PagedList } from '../pagination/paged-list.js';
import { AREA_REF_FIELDS } from './fragments.js';
import type { AreaResult, AreasResult, AreasVariables, AreaVariables } from './query-results.types.js';
import { required } from './required.js';
import { withFragments } from './document-text.js';

const AREA_FIELDS = /* @__PURE__ */ withFragments(`fragment AreaFields on Area {
id ...AreaRefFields fullName fullNameEn: fullName(lang: EN) unitType unitTypeEn: unitType(lang: EN) isoCode validFrom validTo parent { ...AreaRefFields }
}`, AREA_REF_FIELDS);

export const AREAS_QUERY = /* @__PURE__ */ withFragments(`query Areas($level: AreaLevel, $parent: String, $search: String, $geography: Geography, $asOf: Date, $first: Int, $after: String) {
areas(level: $level, parent: $parent, search: $search, geography: $geography, asOf: $asOf, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...AreaFields } } }
}`, AREA_FIELDS);

export const AREA_QUERY = /* @__PURE__ */ withFragments(`query Area($code: String!, $asOf: Date) { area(code: $code, asOf: $asOf) { ...AreaFields ancestors { ...AreaRefFields } children { ...AreaRefFields }
predecessors: predecessorLinks { kind effectiveOn area { ...AreaRefFields } } successors: successorLinks { kind effectiveOn area { ...AreaRefFields } } } }`, AREA_FIELDS);

/** Options of `client.areas()`. */
export interface AreasOptions {
  /** Default: `PROVINCE` when neither `parent` nor `search` is given. */
  level?: AreaLevel | undefined;
  /** Code (or `"<geography>:<code>"`) of the parent unit. */
  parent?: string | undefined;
  /** Ignores diacritics, tone-mark placement and unit prefixes: "hoa binh" finds "Hòa Bình". */
  search?: string | undefined;
  geography?: Geography | undefined;
  /**
   * ISO date: only the units in force on it. Without `search`, the default is today
   * (34 provinces since 1 July 2025); with `search`, names are looked up across time.
   */
  asOf?: string | undefined;
}

export function listAreas(request: GraphQLRequester, options: AreasOptions = {}, list: ListOptions = {}): PagedList<Area> {
  const { level, parent, search, geography, asOf } = options;
  return pagedList(list, async (after, first, init) => {
    const variables: AreasVariables = { level, parent, search, geography, asOf, first, after };
    const data = await request<AreasResult>(AREAS_QUERY, variables, init);
    // `isoCode`, `validFrom`, `validTo` and `parent` can be null: the result type says so.
    return connectionPage(required(data.areas, 'areas'), (node) => node satisfies Area);
  });
}

/** Options of `client.area()`. */
export interface AreaOptions extends RequestOptions {
  /**
   * ISO date: the unit with that code in force on it. Without it, a code that names
   * two units (codes were reused in 2025, e.g. "01") fails with `AMBIGUOUS_AREA`;
   * `"pre2025:01"` / `"post2025:01"` never do.
   */
  asOf?: string | undefined;
}

export async function fetchArea(request: GraphQLRequester, code: string, options: AreaOptions = {}): Promise<AreaDetail> {
  const { asOf, ...init } = options;
  const variables: AreaVariables = { code, asOf };
  const data = await request<AreaResult>(AREA_QUERY, variables, init);
  return required(data.area, 'area') satisfies AreaDetail;
}
