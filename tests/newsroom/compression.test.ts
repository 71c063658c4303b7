import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildApp } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_EXAMPLES } from '../../packages/api/src/graphql/graphiql-examples.js';
import { COMPRESSION_THRESHOLD_BYTES } from '../../packages/api/src/http/compression.js';
import { captureLog } from '../support/capture-log.js';
import { useTestApp } from '../support/test-app.js';
import { openTestDatabase, TEST_DB, type TestDatabase } from '../support/test-database.js';

const decode = (encoding: string | undefined, bytes: Buffer) =>
  encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;

// Compression and GraphiQL do not depend on the database: once.
describe.runIf(TEST_DB === 'pglite')('compression and GraphiQL', () => {
  const testApp = useTestApp();

  const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });
  const graphiql = (headers: Record<string, string> = {}) => get('/graphql', { accept: 'text/html', ...headers });

  it('serves GraphiQL compressed (brotli or gzip), cacheable and revalidated by ETag', async () => {
    const plain = await graphiql();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await graphiql({ 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await graphiql({ 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const res of [br, gzip]) {
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers.vary).toMatch(/\baccept\b/i);
      expect(decode(res.headers['content-encoding'] as string, res.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
    // ≈9 MB of inlined editor: a quarter or less on the wire.
    expect(plain.rawPayload.length).toBeGreaterThan(1_000_000);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(br.headers['cache-control']).toBe('public, max-age=3600');
    // A strong ETag per encoding (different bytes), each revalidated with 304 and no body.
    const etags = [plain, br, gzip].map((res) => res.headers.etag as string);
    for (const etag of etags) expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Set(etags).size).toBe(3);
    for (const [encoding, etag] of [['identity', etags[0]], ['br', etags[1]], ['gzip', etags[2]]] as [string, string][]) {
      const again = await graphiql({ 'accept-encoding': encoding, 'if-none-match': etag });
      expect(again.statusCode, encoding).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    }
  });

  it('opens GraphiQL with our example queries as tabs', async () => {
    const html = (await graphiql()).body;
    expect(html).toContain('"defaultTabs":');
    for (const { query } of GRAPHIQL_EXAMPLES) expect(html).toContain(JSON.stringify(query));
    expect(html).toContain('pre2025:17');
    expect(html).toContain('dti_rank');
  });

  it('every example query runs on the real data without an error and finds something', async () => {
    expect(GRAPHIQL_EXAMPLES.length).toBeGreaterThanOrEqual(4);
    for (const { query } of GRAPHIQL_EXAMPLES) {
      const res = await testApp.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      const body = res.json() as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, query).toBeUndefined();
      const [answer] = Object.values(body.data ?? {});
      const items = Array.isArray(answer) ? answer : ((answer as { nodes?: unknown[]; segments?: unknown[] }).nodes ?? (answer as { segments: unknown[] }).segments);
      expect(items.length, query).toBeGreaterThan(0);
    }
  });

  it('compresses pages, embeds and GraphQL answers; images and small answers go out plain', async () => {
    for (const url of ['/', '/indicators/dti_rank', '/embed/ranking?indicator=dti_rank&period=2022', '/embed/ranking.svg?indicator=dti_rank&period=2022']) {
      const plain = await get(url);
      const br = await get(url, { 'accept-encoding': 'br' });
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(decode('br', br.rawPayload).equals(plain.rawPayload), url).toBe(true);
      expect(br.rawPayload.length, url).toBeLessThan(plain.rawPayload.length / 2);
    }
    const query = '{ indicators(first: 100) { nodes { code name definition unit } } }';
    const big = await testApp.app.inject({ method: 'POST', url: '/graphql', payload: { query }, headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(big.rawPayload).toString()).data.indicators.nodes.length).toBeGreaterThan(10);

    const small = await testApp.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' }, headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    const health = await get('/health/live', { 'accept-encoding': 'br, gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok' });

    const png = await get('/embed/ranking.png?indicator=dti_rank&period=2022', { 'accept-encoding': 'br, gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });
});

// Issue 14: GraphiQL (≈9 MB) was rendered, hashed and compressed on every GET, holding other requests.
describe.runIf(TEST_DB === 'pglite')('GraphiQL compressed once', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const log = captureLog();
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ db: database.db, databaseKind: database.kind, logger: { level: 'info', stream: log.stream } });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const graphiql = (acceptEncoding: string) => app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html', 'accept-encoding': acceptEncoding } });
  const compressions = () => log.lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'GraphiQL page compressed (once)');

  it('compresses each encoding once, for every visit after, the first ones at once included', async () => {
    const first = await Promise.all([graphiql('br'), graphiql('br'), graphiql('gzip, br'), graphiql('gzip')]);
    const later = [await graphiql('br'), await graphiql('gzip'), await graphiql('br;q=1, gzip;q=0.5'), await graphiql('*')];
    expect(compressions().map((entry) => entry.encoding).sort()).toEqual(['br', 'gzip']);
    const [br, gzip] = ['br', 'gzip'].map((encoding) => compressions().find((entry) => entry.encoding === encoding)!);
    const sizes: Record<string, number> = { br: br!.compressedBytes, gzip: gzip!.compressedBytes };
    // Every answer is those bytes: sent with their length, the same ETag for one encoding.
    for (const res of [...first, ...later]) {
      const encoding = res.headers['content-encoding'] as string;
      expect(res.statusCode).toBe(200);
      expect(['br', 'gzip']).toContain(encoding);
      expect(res.rawPayload.length).toBe(sizes[encoding]);
      expect(Number(res.headers['content-length'])).toBe(sizes[encoding]);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['content-security-policy']).toContain("'unsafe-inline'");
    }
    expect(new Set(first.filter((res) => res.headers['content-encoding'] === 'br').map((res) => res.headers.etag)).size).toBe(1);
    expect(br!.bytes).toBeGreaterThan(1_000_000);
    expect(br!.compressedBytes).toBeLessThan(br!.bytes / 4);
    // A JSON query by GET is still yoga's answer.
    const query = await app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { accept: 'application/json' } });
    expect(query.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
