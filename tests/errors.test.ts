import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

/** As a modern client asks: with `application/graphql-response+json`, request errors get their 4xx. */
async function post(body: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const ask = (query: string) => post(JSON.stringify({ query }));

// A field error leaves the rest of the response standing: HTTP 200, `data` with that field null (GraphQL over HTTP).
// A request that cannot execute at all gets 400 (tests/graphql-over-http.test.ts covers application/json clients).
describe('bad input gets a typed error and the right status, never a 500', () => {
  it.each([
    ['unknown indicator', '{ indicator(code: "no_such_code") { code } }', 'NOT_FOUND', 200],
    ['unknown indicator in a filter', '{ observations(filter: { indicator: "nope" }) { totalCount } }', 'NOT_FOUND', 200],
    ['unknown area', '{ observations(filter: { area: "99" }) { totalCount } }', 'NOT_FOUND', 200],
    ['unknown area by code', '{ area(code: "00000") { name } }', 'NOT_FOUND', 200],
    ['first above the cap', '{ observations(first: 501) { totalCount } }', 'BAD_USER_INPUT', 200],
    ['negative first', '{ observations(first: -1) { totalCount } }', 'BAD_USER_INPUT', 200],
    ['inverted period range', '{ observations(filter: { periodFrom: 2020, periodTo: 2010 }) { totalCount } }', 'BAD_USER_INPUT', 200],
    ['year out of range', '{ observations(filter: { period: 12 }) { totalCount } }', 'BAD_USER_INPUT', 200],
    ['forged cursor', '{ observations(after: "bm90IGEgY3Vyc29y") { totalCount } }', 'BAD_USER_INPUT', 200],
    ['ranking without a needed dimension', '{ ranking(indicator: "online_services_pct", period: 2012) { rank } }', 'BAD_USER_INPUT', 200],
    ['ranking with a foreign dimension', '{ ranking(indicator: "dti_rank", period: 2022, dimensions: { govLevel: ALL }) { rank } }', 'BAD_USER_INPUT', 200],
    ['bad service level', '{ observations(filter: { dimensions: { serviceLevel: "9" } }) { totalCount } }', 'BAD_USER_INPUT', 200],
    ['unknown source', '{ source(id: "ffffffffffffffff") { title } }', 'NOT_FOUND', 200],
    ['syntax error', '{ observations(first: 5 { totalCount } }', 'GRAPHQL_PARSE_FAILED', 400],
    ['unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED', 400],
    ['malformed global id', '{ node(id: "not-a-global-id") { id } }', 'BAD_USER_INPUT', 200],
    ['too deep', `{ areas { nodes { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } } }`, 'LIMIT_EXCEEDED', 400],
  ])('%s', async (_name, query, code, status) => {
    const res = await ask(query);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.status).toBe(status);
    // 200 exactly when the request executed: `data` is there, with the failing field null.
    expect('data' in res.body).toBe(status === 200);
  });

  it('malformed variables', async () => {
    const res = await post(JSON.stringify({ query: 'query($n: Int) { observations(first: $n) { totalCount } }', variables: { n: 'ten' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a body that is not JSON', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('an oversized request', async () => {
    const res = await post(JSON.stringify({ query: `{ indicators { code } } # ${'x'.repeat(70_000)}` }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never leaks a stack trace', async () => {
    const res = await ask('{ observations(filter: { area: "99" }) { totalCount } }');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|stack/);
  });
});
