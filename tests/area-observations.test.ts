import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

type AreaPage = { code: string; observations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { figureKey: string; indicatorCode: string; period: number | null }[] } };

const PROVINCES = `query($first: Int, $after: String) {
  areas(level: PROVINCE, geography: pre2025, first: 63) { nodes {
    code observations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { figureKey indicatorCode period } }
  } }
}`;
const ONE = `query($code: String!, $first: Int, $after: String) {
  area(code: $code) { code observations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { figureKey indicatorCode period } } }
}`;

describe('Area.observations pages and never cuts a list silently', () => {
  it('every unit of a list gets its own page, says when it goes on, and paging on gives all its figures once', async () => {
    const firstPages: AreaPage[] = (await data(PROVINCES, { first: 2 })).areas.nodes;
    const busy = firstPages.filter((a) => a.observations.totalCount > 2);
    expect(busy.length).toBeGreaterThan(3);
    for (const area of firstPages) {
      expect(area.observations.nodes).toHaveLength(Math.min(2, area.observations.totalCount));
      // A page shorter than the unit's figures says so.
      expect(area.observations.pageInfo.hasNextPage).toBe(area.observations.totalCount > 2);
    }
    for (const area of busy.slice(0, 3)) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: AreaPage = (await data(ONE, { code: `pre2025:${area.code}`, first: 2, after })).area;
        seen.push(...page.observations.nodes.map((n) => n.figureKey));
        if (!page.observations.pageInfo.hasNextPage) break;
        after = page.observations.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(area.observations.totalCount);
      const whole: AreaPage = (await data(ONE, { code: `pre2025:${area.code}`, first: 500 })).area;
      expect(whole.observations.nodes.map((n) => n.figureKey)).toEqual(seen);
    }
  });

  it('the figures are in order: indicator, then period with undated last', async () => {
    const nodes: AreaPage[] = (await data(PROVINCES, { first: 500 })).areas.nodes;
    for (const area of nodes) {
      const order = area.observations.nodes.map((n) => [n.indicatorCode, n.period ?? 9999] as const);
      const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
      expect(order).toEqual(sorted);
    }
  });

  it('a cursor of one unit does not page another', async () => {
    const nodes: AreaPage[] = (await data(PROVINCES, { first: 1 })).areas.nodes;
    const [a, b] = nodes.filter((n) => n.observations.pageInfo.hasNextPage);
    const res = await api.query(ONE, { code: `pre2025:${b!.code}`, first: 1, after: a!.observations.pageInfo.endCursor });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
