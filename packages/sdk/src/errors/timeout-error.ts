import { EgovError, type EgovErrorOptions } from './egov-error.js';

/**
 * One attempt took longer than `timeoutMs` (headers and body included). Not
 * retried: the server may still be working on it.
 *
 * @example
 * import { createClient, EgovTimeoutError } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql', timeoutMs: 2_000 });
 * try { await egov.indicators(); } catch (e) { if (e instanceof EgovTimeoutError) console.log(e.timeoutMs); }
 */
export class EgovTimeoutError extends EgovError {
  override get name(): string {
    return 'EgovTimeoutError';
  }
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options: EgovErrorOptions = {}) {
    super('TIMEOUT', `No response within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }

}
