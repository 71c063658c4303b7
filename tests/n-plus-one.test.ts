import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

/** SQL statements one request runs. */
async function statementsFor(query: string) {
  api.database.statements.length = 0;
  const res = await api.query(query);
  expect(res.body.errors).toBeUndefined();
  return { count: api.database.statements.length, data: res.body.data };
}

const nested = (first: number) => `{
  areas(level: PROVINCE, geography: pre2025, first: ${first}) { nodes {
    code parent { code } children { code }
    observations { nodes { value period indicatorCode source { title } } }
  } }
}`;

describe('no N+1: the statements a nested query runs do not grow with rows', () => {
  it('63 provinces × their observations × each source', async () => {
    const few = await statementsFor(nested(3));
    const all = await statementsFor(nested(63));
    expect(all.data.areas.nodes).toHaveLength(63);
    const figures = all.data.areas.nodes.flatMap((a: any) => a.observations.nodes);
    expect(figures.length).toBeGreaterThan(150);
    expect(new Set(figures.map((f: any) => f.source.title)).size).toBeGreaterThan(5);
    expect(all.count).toBe(few.count);
    expect(all.count).toBeLessThanOrEqual(8);
  });

  it('a page of 500 observations with area, parent, source and indicator', async () => {
    const query = (n: number) =>
      `{ observations(first: ${n}) { totalCount edges { node { value area { name parent { name } } source { title } indicator { nameEn } citation } } } }`;
    const small = await statementsFor(query(5));
    const large = await statementsFor(query(500));
    expect(large.data.observations.edges.length).toBeGreaterThan(300);
    // count, page, areas, sources, indicators, parents — parents may already be cached
    expect(large.count).toBeLessThanOrEqual(small.count);
    expect(small.count).toBeLessThanOrEqual(6);
  });

  it('ancestors and children of a list of districts', async () => {
    const query = (n: number) =>
      `{ areas(level: DISTRICT, geography: pre2025, first: ${n}) { nodes { code ancestors { code name } children { code } parent { code } } } }`;
    const few = await statementsFor(query(3));
    const many = await statementsFor(query(300));
    expect(many.data.areas.nodes).toHaveLength(300);
    expect(many.data.areas.nodes.every((a: any) => a.ancestors.length === 1 && a.ancestors[0].code === a.parent.code)).toBe(true);
    expect(many.count).toBe(few.count);
  });

  it('a ranking with every area and observation', async () => {
    const { count, data } = await statementsFor(
      '{ ranking(indicator: "dti_rank", period: 2022) { rank area { name ancestors { code } } observation { source { url } } } }',
    );
    expect(data.ranking).toHaveLength(63);
    expect(count).toBeLessThanOrEqual(4);
  });
});
