import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { IndicatorCategory, IndicatorCode, IndicatorUnit } from '../generated/vocabulary.js';
import type { Indicator, IndicatorDimension } from '../model/indicator.js';
import type { IndicatorResult, IndicatorsResult, IndicatorsVariables, IndicatorVariables } from './query-results.types.js';
import { connectionPage } from '../pagination/connection-page.js';
import { MAX_PAGE_SIZE, paginate } from '../pagination/paginate.js';
import { required } from './required.js';
import { withFragments } from './document-text.js';

const INDICATOR_FIELDS = `fragment IndicatorFields on Indicator {
id code nameVi nameEn definition unit category higherIsBetter dimensions { code values } coverage { observationCount areaCount years undatedCount }
}` as const;

export const INDICATORS_QUERY = /* @__PURE__ */ withFragments(`query Indicators($category: IndicatorCategory, $year: Int, $after: String) {
indicators(category: $category, year: $year, first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ...IndicatorFields } } }
}`, INDICATOR_FIELDS);

export const INDICATOR_QUERY = /* @__PURE__ */ withFragments(`query Indicator($code: String!) { indicator(code: $code) { ...IndicatorFields } }`, INDICATOR_FIELDS);

type RawIndicator = NonNullable<IndicatorResult['indicator']>;

function toIndicator<C extends IndicatorCode>(raw: RawIndicator): Indicator<C> {
  // Codes, units and dimension values come from the vocabulary the SDK's unions are generated from.
  return raw as RawIndicator & { code: C; unit: IndicatorUnit; dimensions: IndicatorDimension[] };
}

/** Options of `client.indicators()`. */
export interface IndicatorsOptions {
  category?: IndicatorCategory | undefined;
  /** Only indicators with approved figures for this year. */
  year?: number | undefined;
}

/** The whole vocabulary (or the part asked for): every page, so the list is never cut. */
export async function fetchIndicators(request: GraphQLRequester, options: IndicatorsOptions = {}, init?: RequestOptions): Promise<Indicator[]> {
  const indicators: Indicator[] = [];
  for await (const page of paginate(async (after) => {
    const variables: IndicatorsVariables = { category: options.category, year: options.year, after };
    const data = await request<IndicatorsResult>(INDICATORS_QUERY, variables, init);
    return connectionPage(required(data.indicators, 'indicators'), (raw) => toIndicator(raw));
  }, MAX_PAGE_SIZE)) {
    indicators.push(...page.items);
  }
  return indicators;
}

/** Options of `client.indicator()`: for now the request options only; arguments of the field will join them. */
export interface IndicatorOptions extends RequestOptions {}

export async function fetchIndicator<C extends IndicatorCode>(request: GraphQLRequester, code: C, options?: IndicatorOptions): Promise<Indicator<C>> {
  const variables: IndicatorVariables = { code };
  const data = await request<IndicatorResult>(INDICATOR_QUERY, variables, options);
  return toIndicator<C>(required(data.indicator, 'indicator'));
}
