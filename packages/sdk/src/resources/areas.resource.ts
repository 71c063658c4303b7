import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { AreaLevel, Geography } from '../generated/vocabulary.js';
import type { Area, AreaDetail } from '../model/area.js';
import { AREA_REF_FIELDS } from './fragments.js';
import type { AreaResult, AreasResult, AreasVariables, AreaVariables } from './query-results.types.js';
import { required } from './required.js';
import { trusted } from './trusted.js';
import { withFragments } from './document-text.js';

const AREA_FIELDS = /* @__PURE__ */ withFragments(`fragment AreaFields on Area {
id ...AreaRefFields fullName fullNameEn: fullName(lang: EN) unitType unitTypeEn: unitType(lang: EN) isoCode validFrom validTo parent { ...AreaRefFields }
}`, AREA_REF_FIELDS);

export const AREAS_QUERY = /* @__PURE__ */ withFragments(`query Areas($level: AreaLevel, $parent: String, $search: String, $geography: Geography, $first: Int, $offset: Int) {
areas(level: $level, parent: $parent, search: $search, geography: $geography, first: $first, offset: $offset) { ...AreaFields }
}`, AREA_FIELDS);

export const AREA_QUERY = /* @__PURE__ */ withFragments(`query Area($code: String!) { area(code: $code) { ...AreaFields ancestors { ...AreaRefFields } children { ...AreaRefFields } } }`, AREA_FIELDS);

/** Options of `client.areas()`. */
export interface AreasOptions {
  level?: AreaLevel | undefined;
  /** Code (or `"<geography>:<code>"`) of the parent unit. */
  parent?: string | undefined;
  /** Ignores diacritics, tone-mark placement and unit prefixes: "hoa binh" finds "Hòa Bình". */
  search?: string | undefined;
  geography?: Geography | undefined;
  /** At most 1000 (default 100). */
  limit?: number | undefined;
  offset?: number | undefined;
}

export async function fetchAreas(request: GraphQLRequester, options: AreasOptions = {}, init?: RequestOptions): Promise<Area[]> {
  const { limit, ...rest } = options;
  const variables: AreasVariables = { ...rest, first: limit };
  const data = await request<AreasResult>(AREAS_QUERY, variables, init);
  // `isoCode`, `validFrom`, `validTo` and `parent` can be null: the result type says so.
  return trusted(required(data.areas, 'areas')) satisfies Area[];
}

/** Options of `client.area()`: for now the request options only; arguments of the field will join them. */
export interface AreaOptions extends RequestOptions {}

export async function fetchArea(request: GraphQLRequester, code: string, options?: AreaOptions): Promise<AreaDetail> {
  const variables: AreaVariables = { code };
  const data = await request<AreaResult>(AREA_QUERY, variables, options);
  return trusted(required(data.area, 'area')) satisfies AreaDetail;
}
