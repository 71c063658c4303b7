import { EgovError, type EgovErrorOptions } from './egov-error.js';

/**
 * The request never got an HTTP response: DNS, refused connection, reset,
 * CORS... The underlying error is in `cause`. Retried by default.
 *
 * @example
 * import { EgovNetworkError } from '@egov-vn/sdk';
 * try { await egov.indicators(); } catch (e) { if (e instanceof EgovNetworkError) console.log('offline?', e.cause); }
 */
export class EgovNetworkError extends EgovError {
  override get name(): string {
    return 'EgovNetworkError';
  }

  constructor(message: string, options: EgovErrorOptions = {}) {
    super('NETWORK_ERROR', message, options);
  }

  override toJSON() {
    const cause = this.cause instanceof Error ? `${this.cause.name}: ${this.cause.message}` : this.cause;
    return { ...super.toJSON(), ...(cause === undefined ? {} : { cause: String(cause) }) };
  }
}
