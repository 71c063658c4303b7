import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function post(query: string, accept: string) {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
}

describe('GraphQL over HTTP', () => {
  // The graphql-http audit suite, against the real server over a socket. MAY audits are options, not requirements.
  it.each(serverAudits({ url: () => api.url }).map((audit) => [audit.name, audit] as const))('%s', async (name, audit) => {
    const result = await audit.fn();
    if (name.startsWith('MAY')) return;
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it.each([GRAPHQL_RESPONSE, 'application/json'])('answers 200 with partial data when one field fails (%s)', async (accept) => {
    const res = await post('{ indicator(code: "no_such_code") { code } dti: indicator(code: "dti_rank") { code } }', accept);
    expect(res.status).toBe(200);
    expect(res.type).toContain(accept);
    expect(res.body.data).toEqual({ indicator: null, dti: { code: 'dti_rank' } });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ path: ['indicator'], extensions: { code: 'NOT_FOUND' } });
  });

  it('answers 200 when the only field fails: data is present, with that field null', async () => {
    const res = await post('{ area(code: "00000") { name } }', GRAPHQL_RESPONSE);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ area: null });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it.each([
    ['syntax error', '{ indicators(', 'GRAPHQL_PARSE_FAILED'],
    ['unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('a request that cannot execute (%s): 400 without data for graphql-response+json, 200 for application/json', async (_name, query, code) => {
    const modern = await post(query, GRAPHQL_RESPONSE);
    expect(modern.status).toBe(400);
    expect(modern.body).not.toHaveProperty('data');
    expect(modern.body.errors[0].extensions.code).toBe(code);
    const legacy = await post(query, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.body).not.toHaveProperty('data');
    expect(legacy.body.errors[0].extensions.code).toBe(code);
  });
});
