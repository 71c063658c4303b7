import { createEgovYoga, upsertObservations } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('a correction never overwrites', () => {
  it('revises a figure, keeps the old version and leaves its id answering with the old value', async () => {
    const { db } = database;
    const old = await db
      .selectFrom('observation')
      .selectAll()
      .where('indicator_code', '=', 'it_trainees')
      .where('value', '=', '347')
      .where('superseded_at', 'is', null)
      .executeTakeFirstOrThrow();
    const { id: _id, revision: _r, superseded_by: _s, superseded_at: _a, created_at: _c, updated_at: _u, ...rest } = old;
    const result = await db.transaction().execute((trx) =>
      upsertObservations(trx, [{ ...rest, value: '348', dimensions: JSON.stringify(old.dimensions) }]),
    );
    expect(result).toEqual({ inserted: 0, revised: 1, unchanged: 0 });

    const versions = await db.selectFrom('observation').selectAll().where('natural_key', '=', old.natural_key).orderBy('revision').execute();
    expect(versions.map((v) => [v.revision, v.value, v.superseded_at === null])).toEqual([
      [1, '347', false],
      [2, '348', true],
    ]);
    expect(versions[0]!.superseded_by).toBe(versions[1]!.id);

    const yoga = createEgovYoga(db);
    const ask = async (query: string) =>
      (await (await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;
    const current = await ask('{ observations(filter: { indicator: "it_trainees" }, first: 500) { edges { node { id value revision } } } }');
    const values = current.data.observations.edges.map((e: any) => [e.node.value, e.node.revision]);
    // Only the new version is current; the labelled corpus's figures of the same indicator stay as they are.
    expect(values).toContainEqual([348, 2]);
    expect(values.filter(([v]: [number]) => v === 347 || v === 348)).toHaveLength(1);
    const pinnedId = Buffer.from(`Observation:${old.natural_key}.1`).toString('base64');
    const pinned = await ask(`{ node(id: "${pinnedId}") { ... on Observation { value isCurrent supersededBy { value } } } }`);
    expect(pinned.data.node).toEqual({ value: 347, isCurrent: false, supersededBy: { value: 348 } });
  });
});
