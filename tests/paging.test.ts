import { setReviewStatus } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

async function error(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.status).toBe(200);
  const first = res.body.errors?.[0];
  if (!first) throw new Error(`expected an error from ${query}`);
  return first;
}

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $order: ObservationOrder) {
  observations(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    nodes { figureKey }
  }
}`;

type Page = { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; nodes: { figureKey: string }[] };
const page = async (variables: Record<string, unknown>): Promise<Page> => (await data(PAGE, variables)).observations;
const keys = (p: Page) => p.nodes.map((n) => n.figureKey);

/** The whole list, page by page of the largest size (the dataset holds more figures than one page). */
async function everything(order?: Record<string, unknown>): Promise<string[]> {
  const all: string[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await page({ first: 500, after, order });
    all.push(...keys(p));
    if (!p.pageInfo.hasNextPage) return all;
    after = p.pageInfo.endCursor;
  }
}

describe('keyset paging', () => {
  it.each([
    ['the default order', undefined],
    ['by value, descending', { field: 'VALUE', direction: 'DESC' }],
    ['by period, descending (undated last)', { field: 'PERIOD', direction: 'DESC' }],
    ['by area', { field: 'AREA', direction: 'ASC' }],
  ])('keeps its place while figures are approved between two pages (%s)', async (_name, order) => {
    const all = await everything(order);
    expect(all.length).toBeGreaterThan(300);
    // Figures spread over the whole order wait for review...
    const pending = all.filter((_k, i) => i % 9 === 4);
    await setReviewStatus(api.database.db, pending, 'CANDIDATE');
    const first = await page({ first: 40, order });
    expect(first.nodes).toHaveLength(40);
    // ...and are approved while a reader walks the list: some sort before the reader's position, some after.
    await setReviewStatus(api.database.db, pending, 'APPROVED');
    const after = await everything(order);
    const position = after.indexOf(keys(first).at(-1)!);
    expect(pending.some((k) => after.indexOf(k) < position && !keys(first).includes(k))).toBe(true);

    const walked = [...keys(first)];
    let cursor = first.pageInfo.endCursor;
    for (;;) {
      const next = await page({ first: 40, after: cursor, order });
      walked.push(...keys(next));
      if (!next.pageInfo.hasNextPage) break;
      cursor = next.pageInfo.endCursor;
    }
    // The walk goes on exactly where it stopped: nothing repeated, nothing after the cursor skipped.
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual([...keys(first), ...after.slice(position + 1)]);
  });

  it('walks backward with last and before, in the list order', async () => {
    const all = await everything();
    const tail = await page({ last: 30 });
    expect(keys(tail)).toEqual(all.slice(-30));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 30, before: tail.pageInfo.startCursor });
    expect(keys(before)).toEqual(all.slice(-60, -30));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const forward = await page({ first: 30, after: before.pageInfo.endCursor });
    expect(keys(forward)).toEqual(keys(tail));
  });

  it('refuses a cursor from another filter, order or list with a clear error', async () => {
    const dti = await data('{ observations(filter: { indicator: "dti_rank" }, first: 5) { pageInfo { endCursor } } }');
    const cursor = dti.observations.pageInfo.endCursor;
    expect(await data('query($c: String) { observations(filter: { indicator: "dti_rank" }, first: 5, after: $c) { nodes { indicatorCode } } }', { c: cursor })).toBeTruthy();
    for (const query of [
      'query($c: String) { observations(filter: { indicator: "dti_score" }, first: 5, after: $c) { nodes { id } } }',
      'query($c: String) { observations(filter: { indicator: "dti_rank" }, orderBy: { field: VALUE }, first: 5, after: $c) { nodes { id } } }',
      'query($c: String) { areas(after: $c) { nodes { ref } } }',
    ]) {
      const e = await error(query, { c: cursor });
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after', reason: 'CURSOR_FOR_ANOTHER_QUERY' });
      expect(e.message).toMatch(/cursor of another query/);
    }
  });

  it.each([
    ['first and last together', '{ observations(first: 5, last: 5) { nodes { id } } }', 'last'],
    ['after with last', '{ observations(last: 5, after: "x") { nodes { id } } }', 'after'],
    ['a page above the cap', '{ areas(first: 501) { nodes { ref } } }', 'first'],
    ['a negative page', '{ sources(last: -1) { nodes { id } } }', 'last'],
    ['a forged cursor', '{ indicators(after: "WyJ4IixbMV1d") { nodes { code } } }', 'after'],
  ])('refuses %s', async (_name, query, argument) => {
    expect((await error(query)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('one connection shape and one page-size rule for every list', () => {
  const lists = {
    observations: '{ list: observations { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
    areas: '{ list: areas(level: COMMUNE) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
    sourceObservations: '{ sources { nodes { observations { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } } }',
  };
  it.each(Object.entries(lists))('%s: 50 by default, capped lists say so', async (name, query) => {
    const d = await data(query);
    // The source with the most figures: the DTI 2022 table.
    const list =
      name === 'sourceObservations' ? d.sources.nodes.map((s: any) => s.observations).sort((a: any, b: any) => b.totalCount - a.totalCount)[0] : d.list;
    expect(list.nodes).toHaveLength(50);
    expect(list.totalCount).toBeGreaterThan(50);
    expect(list.pageInfo.hasNextPage).toBe(true);
  });

  it('a complete page says it is complete', async () => {
    const d = await data('{ areas { totalCount pageInfo { hasNextPage } nodes { ref } } indicators(category: TELECOM) { totalCount pageInfo { hasNextPage } nodes { code } } }');
    expect(d.areas.totalCount).toBe(34);
    expect(d.areas.nodes).toHaveLength(34);
    expect(d.areas.pageInfo.hasNextPage).toBe(false);
    expect(d.indicators.nodes.length).toBe(d.indicators.totalCount);
    expect(d.indicators.pageInfo.hasNextPage).toBe(false);
  });

  it('counts only when totalCount is asked for', async () => {
    const counting = async (query: string) => {
      api.database.statements.length = 0;
      await data(query);
      return api.database.statements.filter((s) => /count\(\*\)/i.test(s)).length;
    };
    expect(await counting('{ observations(first: 5) { nodes { id } } areas { nodes { ref } } }')).toBe(0);
    expect(await counting('{ observations(first: 5) { totalCount } areas { totalCount } }')).toBe(2);
  });
});

describe('indicators by category and by year with data', () => {
  it('lists only the indicators with approved figures in a year', async () => {
    const d = await data(`{
      y2022: indicators(year: 2022) { nodes { code coverage { years } } }
      y1990: indicators(year: 1990) { totalCount nodes { code } }
      composite: indicators(category: COMPOSITE_INDEX, year: 2017) { nodes { code category } }
    }`);
    expect(d.y2022.nodes.length).toBeGreaterThan(0);
    for (const i of d.y2022.nodes) expect(i.coverage.years).toContain(2022);
    expect(d.y1990).toEqual({ totalCount: 0, nodes: [] });
    expect(d.composite.nodes.map((i: any) => i.code)).toEqual(expect.arrayContaining(['egov_it_rank', 'egov_it_score']));
    for (const i of d.composite.nodes) expect(i.category).toBe('COMPOSITE_INDEX');
  });
});
