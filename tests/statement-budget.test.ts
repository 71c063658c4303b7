import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../bench/scenarios.js';
import { startTestServer } from './support/test-database.js';

/**
 * The statement budget of each benchmark scenario (bench/scenarios.ts): the SQL
 * statements one request runs against the database, counted on the connection
 * over real HTTP. A resolver that starts querying per row, or a count nobody
 * asked for, shows up here before it shows up in bench/RESULTS.md. Besides
 * these, a public query reads the data version once (the response cache's key):
 * counted apart, it is all a cached answer costs.
 */
const BUDGET: Record<string, number> = {
  Q0: 0, // no data asked, no statement
  Q1: 2, // the area, the series
  Q2: 2, // the ranked figures, the units of the field (the unranked, and the areas of the ranked)
  Q3: 3, // the page (no count: totalCount is not asked), its areas, its sources
  Q4: 3, // the provinces, one page of figures for all of them, their sources
  EXPORT: 1, // one page of figures, the area codes joined in
};

/** What each scenario must return on the published dataset, so a count of 0 never passes by answering nothing. */
const ANSWERS: Record<string, (data: any) => void> = {
  Q0: (d) => expect(d.__typename).toBe('Query'),
  Q1: (d) => expect(d.series.observations.length).toBeGreaterThanOrEqual(1),
  Q2: (d) => expect(d.rankingTable.entries).toHaveLength(63),
  Q3: (d) => {
    expect(d.observations.nodes).toHaveLength(100);
    expect(d.observations.nodes.every((n: any) => n.area.code && n.source.title)).toBe(true);
  },
  Q4: (d) => {
    expect(d.areas.nodes).toHaveLength(63);
    expect(d.areas.nodes.flatMap((a: any) => a.observations.nodes).length).toBeGreaterThan(150);
  },
  EXPORT: (d) => expect(d.observations.pageInfo.hasNextPage).toBe(false), // no commune figures in the published data
};

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

describe('statement budget per benchmark scenario', () => {
  it('covers every scenario', () => {
    expect(Object.keys(BUDGET).sort()).toEqual(SCENARIOS.map((s) => s.name).sort());
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ${scenario.title} — at most ${BUDGET[scenario.name]} statements, none once cached`, async () => {
      const run = async () => {
        api.database.statements.length = 0;
        api.database.versionReads.count = 0;
        const res = await api.query(scenario.query);
        expect(res.body.errors).toBeUndefined();
        ANSWERS[scenario.name]!(res.body.data);
        return { statements: [...api.database.statements], versionReads: api.database.versionReads.count };
      };
      await api.database.db.updateTable('indicator').set({ sort_order: (eb) => eb('sort_order', '+', 0) }).execute(); // a write: nothing cached holds
      const first = await run();
      expect(first.statements.length, first.statements.join('\n')).toBeLessThanOrEqual(BUDGET[scenario.name]!);
      // Answered again from the response cache: only the data version is read.
      const again = await run();
      expect(again.statements, again.statements.join('\n')).toEqual([]);
      expect(again.versionReads).toBe(1);
    });
  }

  /** The columns of `observation` the statement reading a list's figures selects (`*` for all of them). */
  const observationColumnsRead = async (query: string) => {
    api.database.statements.length = 0;
    const res = await api.query(query);
    expect(res.body.errors).toBeUndefined();
    const statement = api.database.statements.find((sql) => /from "observation" as "o"/.test(sql));
    expect(statement, api.database.statements.join('\n')).toBeDefined();
    if (/"o"\.\*/.test(statement!)) return { columns: ['*'], data: res.body.data };
    const select = statement!.slice(statement!.lastIndexOf('select', statement!.indexOf('from "observation"')), statement!.indexOf('from "observation"'));
    return { columns: [...select.matchAll(/"o"\."(\w+)"/g)].map((m) => m[1]!), data: res.body.data };
  };

  it('a list of figures reads only the columns its fields need (Q3, Q4: no quotes, timestamps or dimensions)', async () => {
    for (const name of ['Q3', 'Q4']) {
      const { columns } = await observationColumnsRead(SCENARIOS.find((s) => s.name === name)!.query);
      expect(columns).toContain('value');
      for (const unread of ['*', 'quote', 'created_at', 'updated_at', 'dimensions']) expect(columns, name).not.toContain(unread);
    }
  });

  it('fields asked through fragments and edges get their columns; a field without a column list gets every column', async () => {
    const { columns, data } = await observationColumnsRead(
      '{ observations(first: 5) { edges { node { ...F } } } } fragment F on Observation { quoteStart createdAt dimensions { component } }',
    );
    expect(columns).toEqual(expect.arrayContaining(['quote_start', 'created_at', 'dimensions']));
    expect(columns).not.toContain('quote');
    expect(data.observations.edges).toHaveLength(5);
    for (const { node } of data.observations.edges) {
      expect(node.quoteStart).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(node.createdAt))).toBe(false);
    }
    const everything = await observationColumnsRead('{ areas(level: PROVINCE, first: 2) { nodes { observations(first: 2) { nodes { citation } } } } }');
    expect(everything.columns).toEqual(['*']);
    expect(everything.data.areas.nodes.flatMap((a: any) => a.observations.nodes).every((o: any) => o.citation.length > 20)).toBe(true);
  });

  it('a page counts its rows only when totalCount is asked', async () => {
    const countStatements = async (fields: string) => {
      api.database.statements.length = 0;
      const res = await api.query(`{ observations(first: 10) { ${fields} nodes { value } } }`);
      expect(res.body.errors).toBeUndefined();
      return api.database.statements.filter((sql) => /\bcount\s*\(/i.test(sql)).length;
    };
    expect(await countStatements('')).toBe(0);
    expect(await countStatements('totalCount')).toBe(1);
  });
});
