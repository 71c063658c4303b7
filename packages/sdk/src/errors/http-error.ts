import { EgovError, type EgovErrorOptions, type EgovResponseInfo } from './egov-error.js';

/**
 * An HTTP error status without a GraphQL error body (a proxy's 502, a 429
 * after the retries ran out...). A 4xx whose body holds GraphQL `errors` is an
 * `EgovGraphQLError` instead.
 *
 * @example
 * import { EgovHttpError } from '@egov-vn/sdk';
 * try { await egov.indicators(); } catch (e) { if (e instanceof EgovHttpError && e.status === 429) console.log(e.retryAfterMs); }
 */
export class EgovHttpError extends EgovError {
  override get name(): string {
    return 'EgovHttpError';
  }
  readonly status: number;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;
  declare readonly response: EgovResponseInfo;

  constructor(response: EgovResponseInfo, options: EgovErrorOptions & { retryAfterMs?: number | undefined } = {}) {
    super('HTTP_ERROR', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, { ...options, response });
    this.status = response.status;
    this.retryAfterMs = options.retryAfterMs;
  }

}
