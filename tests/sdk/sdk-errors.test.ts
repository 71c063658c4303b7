import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createClient,
  type EgovClient,
  EgovGraphQLError,
  EgovHttpError,
  EgovNetworkError,
  type EgovError,
  graphql,
  isEgovError,
} from '@egov-vn/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-database.js';

// Error mapping and typed queries against the real API over HTTP.

let api: Awaited<ReturnType<typeof startTestServer>>;
let egov: EgovClient;
beforeAll(async () => {
  api = await startTestServer();
  egov = createClient({ endpoint: api.url, retries: 0 });
});
afterAll(() => api?.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should fail'),
    (e: unknown) => e as EgovError,
  );

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

describe("the server's error codes arrive as EgovGraphQLError with the status", () => {
  it.each([
    ['unknown indicator', () => egov.indicator('no_such_code' as 'dti_rank'), 'NOT_FOUND', 200],
    ['unknown area', () => egov.area('99'), 'NOT_FOUND', 200],
    ['unknown area in a filter', () => egov.observations({ area: '99' }).toArray({ limit: 1 }), 'NOT_FOUND', 200],
    ['unknown source', () => egov.source('ffffffffffffffff'), 'NOT_FOUND', 200],
    ['year out of range', () => egov.ranking({ indicator: 'dti_rank', period: 1800 }), 'BAD_USER_INPUT', 200],
    ['a needed dimension missing', () => egov.ranking({ indicator: 'online_services_pct', period: 2012 } as never), 'BAD_USER_INPUT', 200],
    ['inverted period range', () => egov.observations({ periodFrom: 2020, periodTo: 2010 }).count(), 'BAD_USER_INPUT', 200],
    ['syntax error', () => egov.query('{ observations(first: 5 { totalCount } }'), 'GRAPHQL_PARSE_FAILED', 400],
    ['unknown field', () => egov.query('{ nope }'), 'GRAPHQL_VALIDATION_FAILED', 400],
    ['oversized request', () => egov.query(`{ indicators { code } } # ${'x'.repeat(70_000)}`), 'PAYLOAD_TOO_LARGE', 413],
  ])('%s', async (_name, call, serverCode, status) => {
    const error = await failure(call());
    expect(error).toBeInstanceOf(EgovGraphQLError);
    expect(isEgovError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'GRAPHQL_ERROR', serverCode, status });
    expect(error.request?.endpoint).toBe(api.url);
    expect(error.response?.status).toBe(status);
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({ name: 'EgovGraphQLError', code: 'GRAPHQL_ERROR', serverCode, status });
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('carries the request and the extensions of the server', async () => {
    const error = (await failure(egov.area('99'))) as EgovGraphQLError;
    expect(error.request).toMatchObject({ operationName: 'Area', variables: { code: '99' } });
    expect(error.errors[0]).toMatchObject({ message: 'Unknown area code "99"', extensions: { code: 'NOT_FOUND', argument: 'code' } });
  });
});

describe('query() against the API', () => {
  it('runs a typed document with variables', async () => {
    const Figures = graphql(`
      query Figures($filter: ObservationFilter) {
        observations(filter: $filter, first: 10) { totalCount edges { node { value qualifier dimensions { govLevel } } } }
      }
    `);
    const data = await egov.query(Figures, { filter: { indicator: 'officials_with_computer_pct', area: '17', period: 2012 } });
    expect(data.observations?.totalCount).toBe(3);
    const values = data.observations!.edges.map((e) => [e.node.dimensions?.govLevel, e.node.value, e.node.qualifier]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['PROVINCE', 80, 'APPROX'],
        ['DISTRICT', 70, 'EXACT'],
        ['COMMUNE', 20, 'MORE_THAN'],
      ]),
    );
  });

  it('runs a plain string', async () => {
    const data = (await egov.query('{ ranking(indicator: "dti_rank", period: 2022) { rank } }')) as { ranking: unknown[] };
    expect(data.ranking).toHaveLength(63);
  });
});

describe('transport over real HTTP', () => {
  it('retries a 503 with Retry-After, then gets the answer from the API', async () => {
    let hits = 0;
    const { server, url } = await listen(async (req, res) => {
      hits++;
      if (hits === 1) {
        res.writeHead(503, { 'retry-after': '0', 'content-type': 'text/plain' }).end('maintenance');
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
      res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
    });
    try {
      const indicator = await createClient({ endpoint: url }).indicator('dti_rank');
      expect(indicator.code).toBe('dti_rank');
      expect(hits).toBe(2);
    } finally {
      server.close();
    }
  });

  it('gives a 502 page as EgovHttpError, without retrying', async () => {
    let hits = 0;
    const { server, url } = await listen((_req, res) => {
      hits++;
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });
    try {
      const error = await failure(createClient({ endpoint: url }).indicators());
      expect(error).toBeInstanceOf(EgovHttpError);
      expect(error).toMatchObject({ status: 502, response: { body: '<h1>Bad gateway</h1>' } });
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });

  it('reports a refused connection as EgovNetworkError after its retries', async () => {
    const { server, url } = await listen(() => {});
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await failure(createClient({ endpoint: url, retries: { limit: 2, baseDelayMs: 5 } }).indicators());
    expect(error).toBeInstanceOf(EgovNetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', attempts: 3 });
    expect(error.message).toContain('ECONNREFUSED');
  });
});
