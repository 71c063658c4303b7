/**
 * The benchmark scenarios (issue 13), as GraphQL requests. The same data is
 * asked of every system the bench compares; `equivalent.ts` checks the answers match.
 */
export interface Scenario {
  name: string;
  title: string;
  query: string;
}

/** Hòa Bình (pre-2025): a published DTI rank. */
export const SERIES_AREA = 'pre2025:17';
/** A published rank: its ranking is the index's own, never a computed one (no coverage rule applies). */
export const SERIES_INDICATOR = 'dti_rank';
/** One of the indicators the synthetic data fills at commune level (see synthetic/synthetic-observations.sql). */
export const EXPORT_INDICATOR = 'officials_with_computer_pct';

export const SCENARIOS: readonly Scenario[] = [
  { name: 'Q0', title: '`{__typename}`', query: '{ __typename }' },
  {
    name: 'Q1',
    title: 'series of one indicator for one area',
    query: `{ series(indicator: "${SERIES_INDICATOR}", area: "${SERIES_AREA}") { observations { period value } } }`,
  },
  {
    name: 'Q2',
    title: 'ranking of 63 provinces',
    query: `{ rankingTable(indicator: "${SERIES_INDICATOR}", period: 2022, geography: pre2025) { entries { rank value area { code name } } } }`,
  },
  {
    name: 'Q3',
    title: 'a page of 100 observations with area and source',
    query: '{ observations(first: 100) { nodes { indicatorCode period value area { code name } source { title url } } } }',
  },
  {
    name: 'Q4',
    title: 'provinces → their observations → each source',
    query:
      '{ areas(level: PROVINCE, geography: pre2025, first: 63) { nodes { code name observations { nodes { indicatorCode period value source { title } } } } } }',
  },
  {
    name: 'EXPORT',
    title: 'commune-level export: a page of 500 figures of one indicator',
    query: `{ observations(first: 500, filter: { indicator: "${EXPORT_INDICATOR}", areaLevel: COMMUNE }) { pageInfo { hasNextPage endCursor } nodes { period value area { code } } } }`,
  },
];
