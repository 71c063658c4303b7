import type { EgovRequestInfo, EgovResponseInfo } from '../errors/egov-error.js';
import { EgovGraphQLError, type GraphQLErrorItem } from '../errors/graphql-error.js';
import { EgovHttpError } from '../errors/http-error.js';
import { EgovResponseError } from '../errors/response-error.js';
import type { RetryOptions } from '../transport/retry-policy.js';
import type { Transport } from '../transport/transport.js';
import { documentSource, operationNameOf } from './document.js';

/** Options of one call; each overrides the client's setting for that call only. */
export interface RequestOptions {
  /** Cancels the call (and any retry wait); the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  timeoutMs?: number | undefined;
  retries?: number | RetryOptions | undefined;
  /** Needed only when the document holds several operations. */
  operationName?: string | undefined;
}

/** Sends a GraphQL document and returns its `data`, or throws one of the SDK's errors. */
export type GraphQLRequester = <Result>(
  document: unknown,
  variables?: Readonly<Record<string, unknown>>,
  options?: RequestOptions,
) => Promise<Result>;

const MAX_BODY_IN_ERRORS = 2_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The typed-call layer over a transport: builds the GraphQL-over-HTTP body,
 * then maps the response: GraphQL `errors` (whatever the status) →
 * `EgovGraphQLError`; another non-2xx → `EgovHttpError`; no usable `data` →
 * `EgovResponseError`.
 *
 * @example
 * import { createGraphQLRequester, createTransport } from '@egov-vn/sdk';
 * const request = createGraphQLRequester(createTransport({ endpoint: 'http://localhost:4000/graphql' }));
 * const data = await request<{ indicators: { code: string }[] }>('{ indicators { code } }');
 */
export function createGraphQLRequester(transport: Transport): GraphQLRequester {
  return async <Result>(document: unknown, variables?: Readonly<Record<string, unknown>>, options: RequestOptions = {}) => {
    const query = documentSource(document);
    const operationName = options.operationName;
    const info: EgovRequestInfo = {
      endpoint: transport.endpoint,
      operationName: operationName ?? operationNameOf(query),
      query,
      variables,
    };
    const response = await transport.send({
      body: JSON.stringify(operationName ? { query, variables, operationName } : { query, variables }),
      headers: options.headers,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      info,
    });
    let json: unknown;
    let parsed = false;
    try {
      json = JSON.parse(response.body);
      parsed = true;
    } catch {
      // not JSON: reported below with the text
    }
    const responseInfo: EgovResponseInfo = {
      status: response.status,
      statusText: response.statusText,
      body: parsed ? json : response.body.slice(0, MAX_BODY_IN_ERRORS),
    };
    const context = { request: info, response: responseInfo, attempts: response.attempts };
    if (isObject(json) && Array.isArray(json.errors) && json.errors.length > 0) {
      throw new EgovGraphQLError(json.errors as GraphQLErrorItem[], json.data ?? null, context);
    }
    if (response.status < 200 || response.status > 299) {
      throw new EgovHttpError(responseInfo, { ...context, retryAfterMs: response.retryAfterMs });
    }
    if (!isObject(json) || !isObject(json.data)) {
      throw new EgovResponseError(parsed ? 'The response has no `data`' : 'The response is not JSON', context);
    }
    return json.data as Result;
  };
}
