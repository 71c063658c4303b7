import { EgovError, type EgovErrorOptions } from './egov-error.js';

/**
 * A successful status whose body is not a GraphQL response (HTML from a
 * proxy, truncated JSON, no `data`). The body is in `response.body`.
 *
 * @example
 * import { EgovResponseError } from '@egov-vn/sdk';
 * try { await egov.indicators(); } catch (e) { if (e instanceof EgovResponseError) console.log(e.response?.body); }
 */
export class EgovResponseError extends EgovError {
  override get name(): string {
    return 'EgovResponseError';
  }

  constructor(message: string, options: EgovErrorOptions = {}) {
    super('INVALID_RESPONSE', message, options);
  }
}
