import { describe, expect, it } from 'vitest';
import {
  createClient,
  EgovError,
  EgovGraphQLError,
  EgovHttpError,
  EgovNetworkError,
  EgovPaginationError,
  EgovResponseError,
  EgovTimeoutError,
  isEgovError,
} from '../src/index.js';
import { ENDPOINT, json, refused, scriptedFetch } from './fetch-mock.js';

const client = (fetch: ReturnType<typeof scriptedFetch>) =>
  createClient({ endpoint: ENDPOINT, fetch, retries: 0, headers: { authorization: 'Bearer secret-token' } });

const failure = (fetch: ReturnType<typeof scriptedFetch>) =>
  client(fetch)
    .query('query Find($code: String!) { area(code: $code) { name } }', { code: '99' })
    .then(
      () => expect.unreachable('the call should fail'),
      (e: unknown) => e as EgovError,
    );

describe('a GraphQL body with errors is an EgovGraphQLError, whatever the status', () => {
  it.each([
    ['NOT_FOUND', 404],
    ['BAD_USER_INPUT', 400],
    ['GRAPHQL_PARSE_FAILED', 400],
    ['GRAPHQL_VALIDATION_FAILED', 400],
    ['PAYLOAD_TOO_LARGE', 413],
    ['INCOMPARABLE_VALUES', 400],
    ['NOT_FOUND', 200],
  ])('%s with HTTP %i', async (serverCode, status) => {
    const body = { errors: [{ message: 'Unknown area code "99"', path: ['area'], extensions: { code: serverCode, argument: 'code' } }], data: { area: null } };
    const error = await failure(scriptedFetch(json(body, status)));
    expect(error).toBeInstanceOf(EgovGraphQLError);
    expect(error).toBeInstanceOf(EgovError);
    expect(error).toMatchObject({ code: 'GRAPHQL_ERROR', serverCode, status, data: { area: null } });
    expect((error as EgovGraphQLError).errors[0]?.extensions?.argument).toBe('code');
    expect(error.message).toBe(`${serverCode}: Unknown area code "99"`);
    expect(error.request).toMatchObject({ endpoint: ENDPOINT, operationName: 'Find', variables: { code: '99' } });
    expect(error.response).toMatchObject({ status, body });
  });

  it('names the first error and counts the others', async () => {
    const error = await failure(scriptedFetch(json({ errors: [{ message: 'a' }, { message: 'b' }] }, 400)));
    expect(error.message).toBe('UNKNOWN: a (and 1 more)');
    expect((error as EgovGraphQLError).serverCode).toBe('UNKNOWN');
  });
});

describe('other failures', () => {
  it('an error status without GraphQL errors is an EgovHttpError with the body text', async () => {
    const error = await failure(scriptedFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    expect(error).toBeInstanceOf(EgovHttpError);
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 502, message: 'HTTP 502 Bad Gateway' });
    expect(error.response).toEqual({ status: 502, statusText: 'Bad Gateway', body: '<html>Bad gateway</html>' });
  });

  it('a 200 that is not JSON, or has no data, is an EgovResponseError', async () => {
    const html = await failure(scriptedFetch(new Response('<html>portal login</html>', { status: 200 })));
    expect(html).toBeInstanceOf(EgovResponseError);
    expect(html).toMatchObject({ code: 'INVALID_RESPONSE', message: 'The response is not JSON' });
    const empty = await failure(scriptedFetch(json({ data: null })));
    expect(empty).toMatchObject({ code: 'INVALID_RESPONSE', message: 'The response has no `data`' });
  });

  it('keeps at most 2,000 characters of a non-JSON body', async () => {
    const error = await failure(scriptedFetch(new Response('x'.repeat(10_000), { status: 500 })));
    expect((error.response!.body as string).length).toBe(2_000);
  });

  it('a documented-non-null field missing from a response is reported, not passed on', async () => {
    const error = await client(scriptedFetch(json({ data: { area: null } }))).area('17').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovResponseError);
  });
});

describe('error classes', () => {
  it('have stable codes, their own names and stack headers', () => {
    const cases: [EgovError, string, string][] = [
      [new EgovNetworkError('down'), 'EgovNetworkError', 'NETWORK_ERROR'],
      [new EgovTimeoutError(1_000), 'EgovTimeoutError', 'TIMEOUT'],
      [new EgovHttpError({ status: 500, statusText: '', body: '' }), 'EgovHttpError', 'HTTP_ERROR'],
      [new EgovGraphQLError([{ message: 'm' }], null, { response: { status: 400, statusText: '', body: {} } }), 'EgovGraphQLError', 'GRAPHQL_ERROR'],
      [new EgovResponseError('bad'), 'EgovResponseError', 'INVALID_RESPONSE'],
      [new EgovPaginationError('abc'), 'EgovPaginationError', 'PAGINATION_STALLED'],
    ];
    for (const [error, name, code] of cases) {
      expect(error).toBeInstanceOf(EgovError);
      expect(error).toBeInstanceOf(Error);
      expect(isEgovError(error)).toBe(true);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
      expect(error.stack).toMatch(new RegExp(`^${name}: `));
      expect(error.toJSON()).toMatchObject({ name, code, message: error.message });
    }
  });

  it('toJSON is plain data: request without headers, response, class fields', async () => {
    const body = { errors: [{ message: 'Unknown area code "99"', extensions: { code: 'NOT_FOUND' } }], data: null };
    const error = await failure(scriptedFetch(json(body, 404)));
    const plain = JSON.parse(JSON.stringify(error));
    expect(plain).toEqual({
      name: 'EgovGraphQLError',
      code: 'GRAPHQL_ERROR',
      message: 'NOT_FOUND: Unknown area code "99"',
      attempts: 1,
      status: 404,
      serverCode: 'NOT_FOUND',
      errors: body.errors,
      data: null,
      request: {
        endpoint: ENDPOINT,
        operationName: 'Find',
        query: 'query Find($code: String!) { area(code: $code) { name } }',
        variables: { code: '99' },
      },
      response: { status: 404, statusText: '', body },
    });
    expect(JSON.stringify(error)).not.toContain('secret-token');
  });

  it('toJSON of a network error names its cause', async () => {
    const error = await failure(scriptedFetch(refused()));
    expect(error.toJSON()).toMatchObject({ code: 'NETWORK_ERROR', cause: 'TypeError: fetch failed', attempts: 1 });
    expect(JSON.stringify(error)).not.toContain('secret-token');
  });

  it('toJSON of timeout, HTTP and pagination errors carries their fields', () => {
    expect(new EgovTimeoutError(250).toJSON()).toMatchObject({ timeoutMs: 250, message: 'No response within 250 ms' });
    expect(new EgovHttpError({ status: 429, statusText: 'Too Many Requests', body: '' }, { retryAfterMs: 5_000 }).toJSON()).toMatchObject({
      status: 429,
      retryAfterMs: 5_000,
    });
    expect(new EgovPaginationError(null).toJSON()).toMatchObject({ cursor: null, message: 'The server reported a next page without a cursor' });
  });
});
