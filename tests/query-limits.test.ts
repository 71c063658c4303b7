import { buildApp, LIMITS, type QueryLimits } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, startTestServer, type TestDatabase } from './support/test-database.js';

// The attacks of issue 14 against the limits of config.ts (QueryLimits), and the
// legitimate queries of the other test files that the limits must let through.

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

async function post(body: unknown, init: RequestInit = {}) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Every field an answer holds: what the cost bounds. */
function fieldsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + fieldsIn(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + 1 + fieldsIn(v), 0);
  return 0;
}

function expectLimit(res: { status: number; body: any }, limit: string) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
}

/** A body sent with Transfer-Encoding: chunked, generated as it is read (never held whole). */
function chunkedBody(prefix: string, filler: string, bytes: number, suffix: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  let state: 'start' | 'fill' | 'end' | 'done' = 'start';
  const chunk = encoder.encode(filler.repeat(Math.ceil(16_384 / filler.length)));
  return new ReadableStream({
    pull(controller) {
      if (state === 'start') {
        controller.enqueue(encoder.encode(prefix));
        state = 'fill';
      } else if (state === 'fill') {
        controller.enqueue(chunk);
        sent += chunk.length;
        if (sent >= bytes) state = 'end';
      } else if (state === 'end') {
        controller.enqueue(encoder.encode(suffix));
        state = 'done';
      } else controller.close();
    },
  });
}

describe('abuse limits name the limit (LIMIT_EXCEEDED)', () => {
  it('the 215-byte query that multiplied out (areas → children → parent → children …) is refused by its cost, before it runs', async () => {
    const query = '{ areas { nodes { children { parent { children { parent { children { code name nameEn fullName } } } } } } } }';
    const before = api.database.statements.length;
    const res = await post({ query });
    expectLimit(res, 'cost');
    const { max, actual } = res.body.errors[0].extensions;
    expect(max).toBe(LIMITS.maxCost);
    expect(actual).toBeGreaterThan(max);
    expect(res.body.extensions.cost).toBe(actual);
    expect(api.database.statements.length).toBe(before);
  });

  it('counts `first` passed as a variable: the same aliased query costs what its variables ask for', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: areas(first: $n) { nodes { code observations(first: $n) { nodes { figureKey value } } } }`);
    const query = `query($n: Int) { ${aliases.join(' ')} }`;
    expectLimit(await post({ query, variables: { n: 500 } }), 'cost');
    const small = await post({ query, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.extensions.cost).toBeGreaterThanOrEqual(fieldsIn(small.body.data));
  });

  it('1,000 aliases of areas(first: $n) are refused before anything runs', async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}: areas(first: $n) { totalCount }`);
    const res = await post({ query: `query($n: Int) { ${aliases.join(' ')} }`, variables: { n: 500 } });
    // Far over the token limit already (the parser stops there); 16 aliases meet the alias limit.
    expectLimit(res, 'tokens');
    const sixteen = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: areas(first: $n) { totalCount }`);
    expectLimit(await post({ query: `query($n: Int) { ${sixteen.join(' ')} }`, variables: { n: 1 } }), 'aliases');
  });

  it('depth, tokens and directives', async () => {
    expectLimit(await post({ query: `{ areas { nodes { ${'parent { '.repeat(LIMITS.maxDepth)}code${' }'.repeat(LIMITS.maxDepth)} } } }` }), 'depth');
    expectLimit(await post({ query: `{ ${'__typename '.repeat(LIMITS.maxTokens + 1)}}` }), 'tokens');
    expectLimit(await post({ query: `{ ${'__typename @include(if: true) '.repeat(LIMITS.maxDirectives + 1)}}` }), 'directives');
  });

  it('one operation per request: a batch is refused', async () => {
    const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors[0].extensions.code).toBeDefined();
  });

  it('nodes(ids:) takes at most maxNodeIds ids', async () => {
    const ids = Array.from({ length: LIMITS.maxNodeIds + 1 }, (_, i) => Buffer.from(`Area:pre2025:${String(i).padStart(2, '0')}`).toString('base64'));
    const res = await post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } });
    expectLimit(res, 'nodeIds');
    expect(res.body.errors[0].extensions).toMatchObject({ max: LIMITS.maxNodeIds, actual: LIMITS.maxNodeIds + 1 });
    const ok = await post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ids.slice(0, 3) } });
    expect(ok.status).toBe(200);
  });

  it('a chunked 10 MB upload (65,535 nodes ids) is cut at the body limit; the embedded database keeps answering', async () => {
    const id = JSON.stringify(Buffer.from('Area:pre2025:01').toString('base64'));
    const body = chunkedBody('{"query":"query($ids:[ID!]!){nodes(ids:$ids){id}}","variables":{"ids":[', `${id},`, 10 * 1024 * 1024, `${id}]}}`);
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodySize', max: LIMITS.maxBodyBytes });
    const after = await api.query('{ areas(first: 3) { nodes { code } } }');
    expect(after.body.data.areas.nodes).toHaveLength(3);
    const ready = await fetch(`${api.origin}/health/ready`);
    expect(ready.status).toBe(200);
  });
});

describe('legitimate queries pass, and their cost bounds their answer', () => {
  // The heaviest queries of the other test files (tests/area-observations, paging, acceptance, n-plus-one).
  it.each([
    [
      'every province with a page of 500 of its figures (area-observations)',
      `query($first: Int) { areas(level: PROVINCE, geography: pre2025, first: 63) { nodes {
        code observations(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { figureKey indicatorCode period } } } } }`,
      { first: 500 },
    ],
    ['the largest page of figures with their provenance', '{ observations(first: 500) { edges { cursor node { id figureKey value unit period quote source { url title } area { code name } } } } }', {}],
    ['the communes of every province', '{ areas(first: 63, geography: pre2025) { nodes { code children { code name } } } }', {}],
  ])('%s', async (_name, query, variables) => {
    const res = await post({ query, variables });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions.cost).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(res.body.extensions.cost).toBeGreaterThanOrEqual(fieldsIn(res.body.data));
  });

  it('GraphiQL’s introspection query passes', async () => {
    // Its core, as GraphiQL sends it (types with their fields, arguments and the type references of each).
    const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
    const query = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { kind name description
      fields(includeDeprecated: true) { name description args { name description type { ${typeRef} } defaultValue } type { ${typeRef} } isDeprecated deprecationReason }
      inputFields { name description type { ${typeRef} } defaultValue } interfaces { ${typeRef} }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ${typeRef} } }
      directives { name description locations args { name description type { ${typeRef} } defaultValue } } } }`;
    const res = await post({ query });
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('configurable limits', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const strict: QueryLimits = { ...LIMITS, executionTimeoutMs: 1, fieldSuggestions: true, maxCost: 1_000 };
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ db: database.db, databaseKind: database.kind, limits: strict });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  const inject = async (query: string) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query }, headers: { accept: 'application/graphql-response+json' } });
    return { status: res.statusCode, body: res.json() };
  };

  it('field suggestions only when asked for (off by default: they reveal the schema)', async () => {
    const on = await inject('{ indicatorz { code } }');
    expect(on.body.errors[0].message).toMatch(/Did you mean/);
    const off = await post({ query: '{ indicatorz { code } }' });
    expect(LIMITS.fieldSuggestions).toBe(false);
    expect(off.body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('the cost limit is the configured one', async () => {
    const res = await inject('{ areas(level: COMMUNE, first: 500) { nodes { code name } } }');
    expectLimit(res, 'cost');
    expect(res.body.errors[0].extensions).toMatchObject({ max: 1_000, actual: 1_002 });
  });

  it('a request over the execution time answers 503 TIMEOUT naming the limit', async () => {
    // Two round trips (the units, then their parents): the second starts after the deadline.
    const res = await inject('{ areas(first: 300, level: DISTRICT, geography: pre2025) { nodes { code parent { code } } } }');
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', limit: 'executionTimeout', max: 1 });
  });
});

describe('limits raised by configuration: the database still comes out whole', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  // An operator who raises the limits far (4 MB bodies, 70,000 ids) must not expose the database to the
  // request that used to leave the embedded one answering empty data to everyone until restart.
  const raised: QueryLimits = { ...LIMITS, maxBodyBytes: 4 * 1024 * 1024, maxNodeIds: 70_000, maxCost: 1_000_000, maxTokens: 10_000, executionTimeoutMs: 120_000 };
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ db: database.db, databaseKind: database.kind, limits: raised, rateLimit: { max: 0, writeMax: 0, windowMs: 60_000, redisUrl: undefined } });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  const ask = async (payload: unknown) => {
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: payload as object, headers: { accept: 'application/graphql-response+json' } });
    return { status: res.statusCode, body: res.json() };
  };

  it('nodes(ids:) with exactly 65,535 ids answers, and every later request gets its data', async () => {
    // Distinct ids (a loader merges repeated ones): the real units' codes first, then codes of no unit.
    const ids = Array.from({ length: 65_535 }, (_, i) => Buffer.from(`Area:pre2025:${String(i).padStart(2, '0')}`).toString('base64'));
    const res = await ask({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeLessThan(500);
    if (res.status === 200) expect(res.body.data.nodes.filter(Boolean).length).toBeGreaterThan(60);
    else expect(res.body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    // Afterwards: data (not empty answers), and ready.
    const after = await ask({ query: '{ areas(first: 3) { nodes { code } } }' });
    expect(after.body.data.areas.nodes).toHaveLength(3);
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
  });
});
