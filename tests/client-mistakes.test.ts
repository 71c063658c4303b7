import { buildApp } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog } from './support/capture-log.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

// Client mistakes (issue 14): 4xx with a code, never INTERNAL_SERVER_ERROR, never a stack trace in the log.

const { lines: logLines, stream } = captureLog();
let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, databaseKind: database.kind, logger: { level: 'info', stream } });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

type Request = { method: 'GET' | 'POST'; url?: string; headers?: Record<string, string>; payload?: string | Buffer };
const q = (params: Record<string, string>) => `/graphql?${new URLSearchParams(params)}`;
const json = { 'content-type': 'application/json' };

const MISTAKES: [string, Request][] = [
  ['GET with non-JSON variables', { method: 'GET', url: q({ query: '{ __typename }', variables: '{not json' }) }],
  ['GET with variables that are not an object', { method: 'GET', url: q({ query: '{ __typename }', variables: '[1,2]' }) }],
  ['GET with non-JSON extensions', { method: 'GET', url: q({ query: '{ __typename }', extensions: 'nope' }) }],
  ['GET with extensions that are not an object', { method: 'GET', url: q({ query: '{ __typename }', extensions: '42' }) }],
  ['GET without a query', { method: 'GET', url: q({ variables: '{}' }) }],
  ['POST with variables as a string', { method: 'POST', headers: json, payload: JSON.stringify({ query: '{ __typename }', variables: '{"a":1}' }) }],
  ['POST with variables as an array', { method: 'POST', headers: json, payload: JSON.stringify({ query: '{ __typename }', variables: [1] }) }],
  ['POST with extensions as a string', { method: 'POST', headers: json, payload: JSON.stringify({ query: '{ __typename }', extensions: 'x' }) }],
  ['POST with a query that is not a string', { method: 'POST', headers: json, payload: JSON.stringify({ query: 42 }) }],
  ['POST with a JSON body that is not an object', { method: 'POST', headers: json, payload: '"{ __typename }"' }],
  ['POST with JSON null', { method: 'POST', headers: json, payload: 'null' }],
  ['POST with malformed JSON', { method: 'POST', headers: json, payload: '{"query": ' }],
  ['POST with invalid UTF-8', { method: 'POST', headers: json, payload: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }],
  [
    'POST with invalid UTF-8 inside a string',
    { method: 'POST', headers: json, payload: Buffer.concat([Buffer.from('{"query":"{ area(code: \\"'), Buffer.from([0xc3, 0x28]), Buffer.from('\\") { code } }"}')]) },
  ],
  ['a NUL byte in a string argument', { method: 'POST', headers: json, payload: JSON.stringify({ query: '{ area(code: "01\\u0000") { code } }' }) }],
  ['a NUL byte in a variable', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($c: String!) { area(code: $c) { code } }', variables: { c: 'a\u0000b' } }) }],
  ['a NUL byte in a filter list', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($a: [String!]) { observations(filter: { areas: $a }) { totalCount } }', variables: { a: ['\u0000'] } }) }],
  ['a variable of the wrong type', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($n: Int) { areas(first: $n) { totalCount } }', variables: { n: 'ten' } }) }],
  ['an Int variable out of range', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($n: Int) { areas(first: $n) { totalCount } }', variables: { n: 1e20 } }) }],
  ['text/plain POST', { method: 'POST', headers: { 'content-type': 'text/plain' }, payload: '{"query":"{ __typename }"}' }],
  ['form-urlencoded POST', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'query=%7B__typename%7D' }],
  ['multipart POST', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--' }],
  ['POST without a content type', { method: 'POST', payload: '{"query":"{ __typename }"}' }],
  ['a mutation by GET', { method: 'GET', url: q({ query: 'mutation { approveFigures(figureKeys: ["x"]) { id } }' }) }],
  ['an unknown operation name', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) }],
  ['two operations without a name', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) }],
  ['a persisted-query hash without the query', { method: 'POST', headers: json, payload: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) }],
];

/** Odd but valid: answered (a search for them finds nothing), never a 5xx. */
const ODD_INPUTS: [string, Request][] = [
  ['a NUL byte in a search', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($s: String) { areas(search: $s) { totalCount } }', variables: { s: '\u0000' } }) }],
  ['a lone surrogate in a search', { method: 'POST', headers: json, payload: '{"query":"query($s: String) { areas(search: $s) { totalCount } }","variables":{"s":"\\ud800"}}' }],
  ['control characters in a search', { method: 'POST', headers: json, payload: JSON.stringify({ query: 'query($s: String) { areas(search: $s) { totalCount } }', variables: { s: '\u0001\u001f\u007f%_\\' } }) }],
];

describe('client mistakes are 4xx with a code, and leave no stack trace in the log', () => {
  it.each(MISTAKES)('%s', async (_name, request) => {
    const before = logLines.length;
    // As a modern client asks (GraphQL over HTTP): request errors get their 4xx (legacy application/json clients get 200, as the spec says).
    const headers = { accept: 'application/graphql-response+json', ...request.headers };
    const res = await app.inject({ method: request.method, url: request.url ?? '/graphql', headers, payload: request.payload });
    // 200 only where the request executed (a field error beside data); never 5xx.
    expect(res.statusCode, res.body).toBeLessThan(500);
    const body = res.json();
    const codes = (body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    expect(codes.length, res.body).toBeGreaterThan(0);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    if (!('data' in body)) expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|\.ts:\d+|select .* from/i);
    const logged = logLines.slice(before).join('');
    expect(logged).not.toMatch(/"level":50|"stack"|\bat \S+ \(/);
  });
});

describe('odd but valid input is answered', () => {
  it.each(ODD_INPUTS)('%s', async (_name, request) => {
    const before = logLines.length;
    const res = await app.inject({ method: request.method, url: '/graphql', headers: request.headers, payload: request.payload });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.areas.totalCount).toBe(0);
    expect(logLines.slice(before).join('')).not.toMatch(/"level":50|"stack"/);
  });
});
