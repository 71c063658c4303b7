import { buildApp } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRedisRunning, REDIS_URL } from './support/redis-server.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

// Rate limiting per client (issue 14): 429 RATE_LIMITED with Retry-After, per IP or API key,
// in memory or shared by several processes through Redis.

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const ask = (app: Awaited<ReturnType<typeof buildApp>>, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query: '{ __typename }' } });

describe.each(['memory', 'redis'] as const)('rate limit (%s)', (store) => {
  const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  beforeAll(async () => {
    if (store === 'redis') await ensureRedisRunning();
    const rateLimit = {
      max: 3,
      writeMax: 0,
      windowMs: 60_000,
      redisUrl: store === 'redis' ? REDIS_URL : undefined,
      namespace: `egov:rate-test:${process.pid}:${Date.now()}:`,
    };
    // With Redis, two processes of the API share one count; in memory, one.
    for (let i = 0; i < (store === 'redis' ? 2 : 1); i += 1) apps.push(await buildApp({ db: database.db, databaseKind: database.kind, rateLimit }));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('answers 429 RATE_LIMITED with Retry-After past the limit, counting every process', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await ask(apps[i % apps.length]!)).statusCode);
    expect(statuses).toEqual([200, 200, 200]);
    const over = await ask(apps.at(-1)!);
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rate', max: 3 });
  });

  it('counts each API key on its own, and never health checks', async () => {
    const key = { authorization: 'Bearer egov_000000000000_someone-elses-key-aaaaaaaaaaaaaaaaaaaaaaaaaaaa' };
    expect((await ask(apps[0]!, key)).statusCode).toBe(200);
    expect((await ask(apps[0]!)).statusCode).toBe(429);
    const health = await apps[0]!.inject({ method: 'GET', url: '/health/live' });
    expect(health.statusCode).toBe(200);
  });
});

describe.each(['memory', 'redis'] as const)('write rate limit (%s)', (store) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  const writeMax = 2;
  beforeAll(async () => {
    if (store === 'redis') await ensureRedisRunning();
    const namespace = `egov:write-rate-test:${process.pid}:${Date.now()}:`;
    app = await buildApp({ db: database.db, databaseKind: database.kind, rateLimit: { max: 100, writeMax, windowMs: 60_000, redisUrl: store === 'redis' ? REDIS_URL : undefined, namespace } });
  });
  afterAll(() => app.close());

  const send = (payload: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload });
  const mutation = JSON.stringify({ query: 'mutation { approveFigures(figureKeys: ["x"]) { figureKey } }' });

  it('counts mutations apart, tighter than reads: 429 naming writeRate, while reads go on', async () => {
    for (let i = 0; i < writeMax; i += 1) expect((await send(mutation)).statusCode).not.toBe(429);
    const over = await send(mutation);
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'writeRate', max: writeMax });
    // The same word spelled with a JSON escape, and a named mutation among other operations, are writes too.
    expect((await send(mutation.replace('mutation', 'mut\\u0061tion'))).statusCode).toBe(429);
    const named = JSON.stringify({ query: 'query Q { __typename } mutation M { approveFigures(figureKeys: ["x"]) { figureKey } }', operationName: 'M' });
    expect((await send(named)).statusCode).toBe(429);
    // Reads, and a query that merely mentions the word, are not writes.
    expect((await send(JSON.stringify({ query: '{ __typename }' }))).statusCode).toBe(200);
    expect((await send(JSON.stringify({ query: 'query mutation { __typename }', operationName: 'mutation' }))).statusCode).toBe(200);
    // Another client has its own count.
    const other = { authorization: 'Bearer egov_000000000000_another-clients-key-aaaaaaaaaaaaaaaaaaaaaaaa' };
    expect((await send(mutation, other)).statusCode).not.toBe(429);
  });
});
