/** Stable codes of the SDK's own errors; a GraphQL error also carries the server's code in `serverCode`. */
export type EgovErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'HTTP_ERROR'
  | 'GRAPHQL_ERROR'
  | 'INVALID_RESPONSE'
  | 'PAGINATION_STALLED';

/** What was sent: never the headers, which may hold credentials. */
export interface EgovRequestInfo {
  endpoint: string;
  operationName?: string | undefined;
  query?: string | undefined;
  variables?: Readonly<Record<string, unknown>> | undefined;
}

/** What came back. `body` is the parsed JSON, or the text (cut at 2,000 characters) when it is not JSON. */
export interface EgovResponseInfo {
  status: number;
  statusText: string;
  body: unknown;
}

/** The plain-object form of any SDK error, as returned by `toJSON()` and logged by `JSON.stringify`. */
export interface EgovErrorJSON {
  name: string;
  code: EgovErrorCode;
  message: string;
  attempts: number;
  request?: EgovRequestInfo | undefined;
  response?: EgovResponseInfo | undefined;
  [key: string]: unknown;
}

export interface EgovErrorOptions {
  cause?: unknown;
  request?: EgovRequestInfo | undefined;
  response?: EgovResponseInfo | undefined;
  /** How many HTTP attempts were made, retries included. */
  attempts?: number | undefined;
}

const BRAND = Symbol.for('@egov-vn/sdk/error');

/**
 * Base class of every error the SDK throws on purpose. `code` is stable across
 * versions; subclasses add what their failure knows (status, server errors...).
 *
 * @example
 * import { createClient, EgovError } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * try {
 *   await egov.indicator('dti_rank');
 * } catch (error) {
 *   if (error instanceof EgovError) console.error(error.code, JSON.stringify(error));
 * }
 */
export class EgovError extends Error {
  override get name(): string {
    return 'EgovError';
  }
  readonly code: EgovErrorCode;
  readonly request: EgovRequestInfo | undefined;
  readonly response: EgovResponseInfo | undefined;
  readonly attempts: number;

  constructor(code: EgovErrorCode, message: string, options: EgovErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.request = options.request;
    this.response = options.response;
    this.attempts = options.attempts ?? 1;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * A plain object for logs and API responses: name, code, message, attempts,
   * request (endpoint, query, variables; never headers), response and the
   * fields of the subclass.
   *
   * @example
   * catch (error) { if (isEgovError(error)) logger.error(error.toJSON()); }
   */
  toJSON(): EgovErrorJSON {
    // Own fields of every subclass (status, serverCode, errors, timeoutMs...) come along.
    const fields: object = this;
    return { name: this.name, message: this.message, ...fields } as EgovErrorJSON;
  }
}

/**
 * True for any error thrown by the SDK, even one from another copy of it
 * (e.g. the CommonJS and the ESM build loaded side by side), where
 * `instanceof` would say false.
 *
 * @example
 * import { isEgovError } from '@egov-vn/sdk';
 * try { await egov.area('99'); } catch (e) { if (isEgovError(e)) console.log(e.code); }
 */
export function isEgovError(value: unknown): value is EgovError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
