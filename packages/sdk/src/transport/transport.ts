import type { EgovRequestInfo } from '../errors/egov-error.js';
import { EgovNetworkError } from '../errors/network-error.js';
import { EgovTimeoutError } from '../errors/timeout-error.js';
import { raceAbort, sleep } from './abortable.js';
import type { FetchLike, FetchResponse, HeadersOption } from './fetch.types.js';
import { isRetryableStatus, parseRetryAfter, type RetryOptions, retryDelay, retryPolicy } from './retry-policy.js';

export interface TransportOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  endpoint: string | URL;
  /** Defaults to the platform's `fetch` (Node 20+, browsers, Deno, Bun, workers). */
  fetch?: FetchLike | undefined;
  headers?: HeadersOption | undefined;
  /** Limit for one attempt, headers and body included (default 30 000; 0 means none). */
  timeoutMs?: number | undefined;
  /** Retries of network errors, 429 and 503 (default 2), or a full policy. */
  retries?: number | RetryOptions | undefined;
}

/** One HTTP exchange as the transport sees it: an opaque body. */
export interface TransportRequest {
  body: string;
  headers?: Record<string, string> | undefined;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  retries?: number | RetryOptions | undefined;
  /** Copied into errors, to say which request failed. */
  info?: EgovRequestInfo | undefined;
}

/** The final response, body read; after retries when there were some. */
export interface TransportResponse {
  status: number;
  statusText: string;
  headers: FetchResponse['headers'];
  body: string;
  attempts: number;
  /** The last response's `Retry-After`, in milliseconds. */
  retryAfterMs: number | undefined;
}

export interface Transport {
  readonly endpoint: string;
  send(request: TransportRequest): Promise<TransportResponse>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const DEFAULT_HEADERS: Record<string, string> = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json;q=0.9',
};

/** "fetch failed (ECONNREFUSED)": Node's fetch keeps the reason in `cause`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail = cause?.code ?? cause?.message;
  return `${error instanceof Error ? error.message : String(error)}${detail ? ` (${String(detail)})` : ''}`;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/**
 * The bottom layer: POSTs a body to the endpoint with the configured fetch,
 * a timeout per attempt and retries with backoff on network errors, 429 and
 * 503 (honouring `Retry-After`). It knows nothing of GraphQL.
 *
 * @example
 * import { createTransport } from '@egov-vn/sdk';
 * const transport = createTransport({ endpoint: 'http://localhost:4000/graphql', timeoutMs: 5_000 });
 * const res = await transport.send({ body: JSON.stringify({ query: '{ indicators { code } }' }) });
 * console.log(res.status, JSON.parse(res.body));
 */
export function createTransport(options: TransportOptions): Transport {
  const endpoint = String(options.endpoint ?? '');
  if (endpoint === '') throw new TypeError('createClient: `endpoint` is required, e.g. "http://localhost:4000/graphql"');
  const fetchFn: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const defaultPolicy = retryPolicy(options.retries);
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function attempt(request: TransportRequest, headers: Record<string, string>, timeoutMs: number, attempts: number) {
    const controller = new AbortController();
    const signal = request.signal;
    let timedOut = false;
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal?.aborted) throw signal.reason;
      const exchange = (async () => {
        const response = await fetchFn(endpoint, { method: 'POST', headers, body: request.body, signal: controller.signal });
        return { response, body: await response.text() };
      })();
      return await raceAbort(exchange, controller.signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const context = { cause: error, request: request.info, attempts };
      if (timedOut) throw new EgovTimeoutError(timeoutMs, context);
      throw new EgovNetworkError(`Request to ${endpoint} failed: ${describe(error)}`, context);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    endpoint,
    async send(request) {
      const policy = request.retries === undefined ? defaultPolicy : retryPolicy(request.retries, defaultPolicy);
      const timeoutMs = request.timeoutMs ?? defaultTimeout;
      for (let attempts = 1; ; attempts++) {
        const configured = typeof options.headers === 'function' ? await options.headers() : options.headers;
        const headers = { ...DEFAULT_HEADERS, ...lowerKeys(configured), ...lowerKeys(request.headers) };
        let delay: number | undefined;
        try {
          const { response, body } = await attempt(request, headers, timeoutMs, attempts);
          const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
          if (isRetryableStatus(response.status)) delay = retryDelay(policy, attempts, retryAfterMs);
          if (delay === undefined) {
            const { status, statusText } = response;
            return { status, statusText, headers: response.headers, body, attempts, retryAfterMs };
          }
        } catch (error) {
          if (!(error instanceof EgovNetworkError)) throw error;
          delay = retryDelay(policy, attempts);
          if (delay === undefined) throw error;
        }
        await sleep(delay, request.signal);
      }
    },
  };
}
