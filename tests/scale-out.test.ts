import { createApiKey, openDatabase } from '@egov-vn/api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process.js';
import { adminQuery, databaseUrl } from './support/postgres-server.js';
import { ensureRedisRunning, REDIS_URL, redisCommand } from './support/redis-server.js';
import { TEST_DB } from './support/test-database.js';

const SERIES = '{ series(indicator: "dti_rank", area: "pre2025:17") { observations { figureKey revision value } } }';
const PROVINCES = '{ areas(level: PROVINCE, geography: post2025, first: 3) { nodes { code name } } }';

async function gql(origin: string, query: string, variables?: object, key?: string) {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const getQuery = (origin: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/graphql?${new URLSearchParams({ query })}`, { headers: { accept: 'application/json', ...headers } });

/**
 * The API is stateless: several processes serve one PostgreSQL database, with
 * Redis as the cache they share. Real processes, a throwaway database copied
 * from the suite's template, and the machine's Redis.
 */
describe.runIf(TEST_DB === 'postgres')('scale-out: API processes on one database and a shared cache', () => {
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const primary = `egov_scale_${suffix}`;
  const replica = `egov_scale_r_${suffix}`;
  const apis: ApiProcess[] = [];
  let a: string;
  let b: string;
  let curator: string;

  const start = async (env: Record<string, string>) => {
    const api = startApiProcess({ env: { REDIS_URL, ...env } });
    apis.push(api);
    await api.waitForLine(/egov-vn API ready at/, 180_000);
    return api.origin();
  };

  beforeAll(async () => {
    await ensureRedisRunning();
    const template = inject('template');
    // Both copies before any process connects: a template must have no other sessions.
    await adminQuery(`create database ${primary} template ${template}`);
    await adminQuery(`create database ${replica} template ${template}`);
    const handle = await openDatabase({ url: databaseUrl(primary) });
    curator = (await createApiKey(handle.db, 'scale-out-curator', 'curator')).key;
    await handle.close();
    [a, b] = await Promise.all([start({ DATABASE_URL: databaseUrl(primary) }), start({ DATABASE_URL: databaseUrl(primary) })]);
  }, 240_000);

  afterAll(async () => {
    for (const api of apis) api.killGroup();
    await Promise.all(apis.map((api) => api.exited));
    await adminQuery(`drop database if exists ${primary}`);
    await adminQuery(`drop database if exists ${replica}`);
  });

  it('an answer cached by one process is the other’s too (one key, in Redis)', async () => {
    const first = await getQuery(a, PROVINCES);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const key = /^W\/"(.+)"$/.exec(etag)![1]!;
    // Stored after the answer is sent: give the write a moment.
    let stored = '';
    for (let i = 0; i < 20 && stored !== ':1'; i += 1) {
      stored = await redisCommand('EXISTS', `egov:answer:${key}`);
      if (stored !== ':1') await new Promise((r) => setTimeout(r, 50));
    }
    expect(stored).toBe(':1');
    const other = await getQuery(b, PROVINCES, { 'if-none-match': etag });
    expect(other.status).toBe(304);
  });

  it('a write through one is seen by the other at once', async () => {
    const before = (await gql(b, SERIES)).series.observations[0];
    expect((await gql(b, SERIES)).series.observations[0]).toEqual(before); // now cached in Redis
    const value = String(before.value + 1);
    await gql(
      a,
      'mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { value } }',
      { i: { figureKey: before.figureKey, expectedRevision: before.revision, value, reason: 'scale-out test' } },
      curator,
    );
    const after = (await gql(b, SERIES)).series.observations[0];
    expect(after).toMatchObject({ figureKey: before.figureKey, value: Number(value), revision: before.revision + 1 });
  });

  it('with DATABASE_READ_URL, queries read the replica and writes go to the primary', async () => {
    // A stand-in replica that has diverged, so the test can tell where each statement went.
    const replicaDb = await openDatabase({ url: databaseUrl(replica) });
    await sql`update area set name_vi = name_vi || ' (bản sao)' where geography = 'post2025' and level = 'PROVINCE'`.execute(replicaDb.db);
    await replicaDb.close();
    const c = await start({ DATABASE_URL: databaseUrl(primary), DATABASE_READ_URL: databaseUrl(replica) });

    const names = (await gql(c, PROVINCES)).areas.nodes.map((n: any) => n.name);
    expect(names.every((n: string) => n.endsWith(' (bản sao)'))).toBe(true);

    const primaryFigure = (await gql(a, SERIES)).series.observations[0];
    const corrected = await gql(
      c,
      'mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { value revision } }',
      { i: { figureKey: primaryFigure.figureKey, expectedRevision: primaryFigure.revision, value: '7', reason: 'written to the primary' } },
      curator,
    );
    expect(corrected.correctFigure).toMatchObject({ value: 7, revision: primaryFigure.revision + 1 });
    expect((await gql(a, SERIES)).series.observations[0]).toMatchObject({ value: 7 }); // the primary has it
  });
});
