import { EgovError, type EgovErrorOptions } from './egov-error.js';

/**
 * The server said there is a next page but gave a cursor that does not move
 * forward: iterating would loop for ever, so the SDK stops.
 *
 * @example
 * import { EgovPaginationError } from '@egov-vn/sdk';
 * try { for await (const o of egov.observations({})) console.log(o.id); }
 * catch (e) { if (e instanceof EgovPaginationError) console.log(e.cursor); }
 */
export class EgovPaginationError extends EgovError {
  override get name(): string {
    return 'EgovPaginationError';
  }
  /** The cursor that was returned again (or `null` when none was returned). */
  readonly cursor: string | null;

  constructor(cursor: string | null, options: EgovErrorOptions = {}) {
    super(
      'PAGINATION_STALLED',
      cursor === null ? 'The server reported a next page without a cursor' : `The cursor "${cursor}" did not advance`,
      options,
    );
    this.cursor = cursor;
  }

}
