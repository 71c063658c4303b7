import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createClient,
  createTransport,
  EgovGraphQLError,
  EgovHttpError,
  EgovNetworkError,
  EgovTimeoutError,
  isEgovError,
} from '../src/index.js';
import { retryDelay, retryPolicy, parseRetryAfter } from '../src/transport/retry-policy.js';
import { ENDPOINT, json, refused, scriptedFetch } from './fetch-mock.js';

const OK = json({ data: { indicators: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } });

afterEach(() => {
  vi.useRealTimers();
});

describe('transport: the request', () => {
  it('POSTs JSON with GraphQL accept headers to the endpoint', async () => {
    const fetch = scriptedFetch(OK);
    await createClient({ endpoint: ENDPOINT, fetch }).query('{ indicators { code } }', { a: 1 });
    const [call] = fetch.calls;
    expect(call!.url).toBe(ENDPOINT);
    expect(call!.init.method).toBe('POST');
    expect(call!.init.headers['content-type']).toBe('application/json');
    expect(call!.init.headers.accept).toContain('application/graphql-response+json');
    expect(call!.body).toEqual({ query: '{ indicators { code } }', variables: { a: 1 } });
  });

  it('merges headers case-insensitively: defaults < client < call, and calls a header function per attempt', async () => {
    const fetch = scriptedFetch(json({}, 503, { 'retry-after': '0' }), OK);
    let n = 0;
    const egov = createClient({
      endpoint: ENDPOINT,
      fetch,
      headers: () => ({ Authorization: `Bearer t${++n}`, Accept: 'application/json' }),
    });
    await egov.query('{ indicators { code } }', {}, { headers: { 'X-Trace': 'abc', AUTHORIZATION: 'Bearer call' } });
    expect(fetch.calls).toHaveLength(2);
    expect(n).toBe(2);
    expect(fetch.calls[1]!.init.headers).toMatchObject({ authorization: 'Bearer call', accept: 'application/json', 'x-trace': 'abc' });
  });

  it('uses the global fetch when none is given, looked up at call time', async () => {
    const fetch = scriptedFetch(OK);
    vi.stubGlobal('fetch', fetch);
    try {
      await createClient({ endpoint: ENDPOINT }).indicators();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch.calls).toHaveLength(1);
  });

  it('refuses a missing endpoint', () => {
    expect(() => createClient({ endpoint: '' })).toThrow(TypeError);
  });
});

describe('transport: timeouts', () => {
  it('aborts an attempt after timeoutMs even when fetch ignores the signal, and does not retry it', async () => {
    let signal: AbortSignal | undefined;
    const fetch = scriptedFetch(({ init }) => {
      signal = init.signal;
      return new Promise<Response>(() => {});
    });
    const error = await createClient({ endpoint: ENDPOINT, fetch, timeoutMs: 30, retries: 3 }).indicators().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovTimeoutError);
    expect(error).toMatchObject({ code: 'TIMEOUT', timeoutMs: 30, attempts: 1 });
    expect(signal?.aborted).toBe(true);
    expect(fetch.calls).toHaveLength(1);
  });

  it('counts the body in the timeout', async () => {
    const slowBody = { status: 200, statusText: 'OK', headers: new Headers(), text: () => new Promise<string>(() => {}) };
    const fetch = scriptedFetch(() => slowBody as unknown as Response);
    await expect(createClient({ endpoint: ENDPOINT, fetch, timeoutMs: 30 }).indicators()).rejects.toBeInstanceOf(EgovTimeoutError);
  });

  it('a per-call timeout overrides the client one', async () => {
    const fetch = scriptedFetch(() => new Promise<Response>(() => {}));
    const egov = createClient({ endpoint: ENDPOINT, fetch, timeoutMs: 60_000 });
    await expect(egov.query('{ indicators { code } }', {}, { timeoutMs: 20 })).rejects.toMatchObject({ timeoutMs: 20 });
  });
});

describe('transport: cancellation', () => {
  it('rejects with the signal reason and does not retry', async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(({ init }) => new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason))));
    const pending = createClient({ endpoint: ENDPOINT, fetch }).indicators({}, { signal: controller.signal });
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    expect(fetch.calls).toHaveLength(1);
  });

  it('stops waiting for a retry when aborted', async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(json({}, 503, { 'retry-after': '20' }));
    const pending = createClient({ endpoint: ENDPOINT, fetch }).indicators({}, { signal: controller.signal });
    await vi.waitFor(() => expect(fetch.calls).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('transport: retries', () => {
  it('retries network failures with backoff, then succeeds', async () => {
    const fetch = scriptedFetch(refused(), refused(), OK);
    const transport = createTransport({ endpoint: ENDPOINT, fetch, retries: { limit: 2, baseDelayMs: 1 } });
    const res = await transport.send({ body: '{}' });
    expect(res).toMatchObject({ status: 200, attempts: 3 });
  });

  it('gives up after the limit with an EgovNetworkError that keeps the cause', async () => {
    const fetch = scriptedFetch(refused());
    const error = await createClient({ endpoint: ENDPOINT, fetch, retries: { limit: 2, baseDelayMs: 1 } })
      .indicators()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovNetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', attempts: 3 });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(fetch.calls).toHaveLength(3);
  });

  it('retries 503 after the seconds of Retry-After', async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(json({ errors: [{ message: 'busy' }] }, 503, { 'retry-after': '2' }), OK);
    const pending = createClient({ endpoint: ENDPOINT, fetch }).indicators();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual([]);
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries 429 at the HTTP date of Retry-After', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const fetch = scriptedFetch(json({}, 429, { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), OK);
    const pending = createClient({ endpoint: ENDPOINT, fetch }).indicators();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toEqual([]);
  });

  it('does not wait longer than maxDelayMs: a longer Retry-After ends in EgovHttpError with retryAfterMs', async () => {
    const fetch = scriptedFetch(new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }));
    const error = await createClient({ endpoint: ENDPOINT, fetch, retries: { limit: 3, maxDelayMs: 60_000 } })
      .indicators()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000, attempts: 1 });
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries 503 without Retry-After with exponential backoff, up to the limit', async () => {
    vi.useFakeTimers();
    const fetch = scriptedFetch(new Response('down', { status: 503 }));
    const pending = createClient({ endpoint: ENDPOINT, fetch, retries: { limit: 2, baseDelayMs: 100 } }).indicators().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(49);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(51); // first wait: 50..100 ms
    expect(fetch.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(200); // second wait: 100..200 ms
    expect(fetch.calls).toHaveLength(3);
    expect(await pending).toMatchObject({ name: 'EgovHttpError', status: 503, attempts: 3 });
  });

  it.each([
    ['400 with a GraphQL body', json({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }, 400), EgovGraphQLError],
    ['404 with a GraphQL body', json({ errors: [{ message: 'nope', extensions: { code: 'NOT_FOUND' } }], data: null }, 404), EgovGraphQLError],
    ['500', new Response('oops', { status: 500 }), EgovHttpError],
    ['502', new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }), EgovHttpError],
    ['504', new Response('', { status: 504 }), EgovHttpError],
  ])('never retries %s', async (_name, response, type) => {
    const fetch = scriptedFetch(response, OK);
    const error = await createClient({ endpoint: ENDPOINT, fetch, retries: { limit: 3, baseDelayMs: 1 } })
      .indicators()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries: 0 turns retrying off', async () => {
    const fetch = scriptedFetch(refused(), OK);
    await expect(createClient({ endpoint: ENDPOINT, fetch, retries: 0 }).indicators()).rejects.toBeInstanceOf(EgovNetworkError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('a per-call retry option overrides the client one', async () => {
    const fetch = scriptedFetch(refused(), OK);
    const egov = createClient({ endpoint: ENDPOINT, fetch, retries: 0 });
    await expect(egov.indicators({}, { retries: { limit: 1, baseDelayMs: 1 } })).resolves.toEqual([]);
  });
});

describe('retry policy', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2027-01-01T00:00:00Z'))).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('doubles the backoff with jitter, caps it, and stops after the limit', () => {
    const policy = { limit: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect(retryDelay(policy, 1, undefined, () => 0)).toBe(50);
    expect(retryDelay(policy, 1, undefined, () => 1)).toBe(100);
    expect(retryDelay(policy, 3, undefined, () => 1)).toBe(400);
    expect(retryDelay(policy, 5, undefined, () => 1)).toBe(1_000);
    expect(retryDelay(policy, 6)).toBeUndefined();
    expect(retryDelay(policy, 1, 700)).toBe(700);
    expect(retryDelay(policy, 1, 1_001)).toBeUndefined();
  });

  it('rejects a nonsensical retry count', () => {
    expect(() => retryPolicy(-1)).toThrow(RangeError);
    expect(() => retryPolicy(1.5)).toThrow(RangeError);
    expect(retryPolicy(4)).toMatchObject({ limit: 4, baseDelayMs: 300 });
  });

  it('isEgovError recognises SDK errors only', () => {
    expect(isEgovError(new EgovTimeoutError(5))).toBe(true);
    expect(isEgovError(new Error('x'))).toBe(false);
    expect(isEgovError(null)).toBe(false);
  });
});
