import { createHash, randomBytes } from 'node:crypto';
import { buildApp, createApiKey, LIMITS } from '@egov-vn/api';
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
    const key = { authorization: `Bearer ${(await createApiKey(database.db, `reader-${store}`, 'curator')).key}` };
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
    const limits = { ...LIMITS, maxBatch: 5 };
    app = await buildApp({ db: database.db, databaseKind: database.kind, limits, rateLimit: { max: 100, writeMax, windowMs: 60_000, redisUrl: store === 'redis' ? REDIS_URL : undefined, namespace } });
  });
  afterAll(() => app.close());

  const send = (payload: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: '/graphql', remoteAddress, headers: { 'content-type': 'application/json', ...headers }, payload });
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
    // A key the API does not know is no other client: it is counted with its address.
    expect((await send(mutation, { authorization: `Bearer ${randomKey()}` })).statusCode).toBe(429);
    // Another client (a key the API issued) has its own count.
    const other = { authorization: `Bearer ${(await createApiKey(database.db, `writer-${store}`, 'curator')).key}` };
    expect((await send(mutation, other)).statusCode).not.toBe(429);
  });

  const writeRateOf = (error: { extensions?: Record<string, unknown> } | undefined) =>
    error?.extensions?.code === 'RATE_LIMITED' && error.extensions.limit === 'writeRate';

  it('counts a mutation sent as a persisted query by its hash alone', async () => {
    const client = '203.0.113.21';
    const query = 'mutation Persisted { approveFigures(figureKeys: ["x"]) { figureKey } }';
    const persisted = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    // Registered with its text (a write), then sent by its hash alone.
    const registered = await send(JSON.stringify({ query, extensions: persisted }), {}, client);
    expect(registered.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const byHash = JSON.stringify({ extensions: persisted });
    expect((await send(byHash, {}, client)).json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const over = await send(byHash, {}, client);
    expect(over.statusCode).toBe(429);
    expect(writeRateOf(over.json().errors[0])).toBe(true);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // By GET, a mutation never runs (so it writes nothing to count), persisted or not.
    for (const params of [{ extensions: JSON.stringify(persisted) }, { query }] as Record<string, string>[]) {
      const get = await app.inject({ method: 'GET', url: `/graphql?${new URLSearchParams(params)}`, remoteAddress: '203.0.113.22', headers: { accept: 'application/graphql-response+json' } });
      expect(get.statusCode).toBe(405);
      expect(get.json().data).toBeUndefined();
    }
  });

  it('counts each mutation of a batch', async () => {
    const client = '203.0.113.23';
    const one = { query: 'mutation { approveFigures(figureKeys: ["x"]) { figureKey } }' };
    const batch = await send(JSON.stringify([one, { query: '{ __typename }' }, one, one]), {}, client);
    const errors = (batch.json() as { errors?: { extensions?: Record<string, unknown> }[] }[]).map((r) => r.errors?.[0]);
    expect(errors.map((e) => e?.extensions?.code)).toEqual(['UNAUTHENTICATED', undefined, 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(writeRateOf(errors[3])).toBe(true);
    expect((await send(JSON.stringify(one), {}, client)).statusCode).toBe(429);
  });
});

/** A key of the right shape that the API never issued. */
const randomKey = () => `egov_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`;

// A client must not get a fresh count by inventing keys or rotating through its IPv6 network:
// only a key the API issued (checked against its stored hash) is a client of its own.
describe('rate limit dodges', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    app = await buildApp({ db: database.db, databaseKind: database.kind, rateLimit: { max: 3, writeMax: 0, windowMs: 60_000, redisUrl: undefined } });
  });
  afterAll(() => app.close());

  const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/graphql', remoteAddress, headers: { 'content-type': 'application/json', ...headers }, payload: { query: '{ __typename }' } });

  it('counts unknown, malformed and revoked keys with the address they come from', async () => {
    const ip = '198.51.100.7';
    for (let i = 0; i < 3; i += 1) expect((await from(ip)).statusCode).toBe(200);
    const revoked = await createApiKey(database.db, 'revoked-reader', 'curator');
    await database.db.updateTable('api_key').set({ revoked_at: new Date() }).where('id', '=', revoked.row.id).execute();
    const garbage = [randomKey(), randomKey(), 'not-a-key', randomBytes(40).toString('hex'), revoked.key];
    for (const key of garbage) {
      const over = await from(ip, { authorization: `Bearer ${key}` });
      expect(over.statusCode, key).toBe(429);
      expect(over.json().errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rate' });
    }
    expect((await from(ip, { 'x-api-key': randomKey() })).statusCode).toBe(429);
    // A key the API issued is its own client, from the same address.
    const issued = await createApiKey(database.db, 'dodge-reader', 'curator');
    expect((await from(ip, { authorization: `Bearer ${issued.key}` })).statusCode).toBe(200);
  });

  it('counts an IPv6 client by its /64 network, not by each address in it', async () => {
    for (let i = 0; i < 3; i += 1) expect((await from(`2001:db8:7:1::${i + 1}`)).statusCode).toBe(200);
    expect((await from('2001:db8:7:1:ffff:1234:5678:9abc')).statusCode).toBe(429);
    // Another network is another client.
    expect((await from('2001:db8:7:2::1')).statusCode).toBe(200);
  });
});
