import type { KnownServerErrorCode } from '../generated/server-error-codes.js';
import { EgovError, type EgovErrorOptions, type EgovResponseInfo } from './egov-error.js';

/** A code the egov-vn API puts in `extensions.code` (generated from the API's catalog); other servers or versions may add more. */
export type ServerErrorCode = KnownServerErrorCode | (string & {});

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorItem {
  message: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: { code?: ServerErrorCode; [key: string]: unknown };
}

/**
 * The server answered with GraphQL `errors`, whatever the HTTP status: the
 * egov-vn API follows GraphQL over HTTP, so a field's NOT_FOUND or
 * BAD_USER_INPUT comes with 200 and the other fields' `data`, and a request
 * that could not execute (syntax, validation) with 400.
 * `serverCode` is the first error's `extensions.code`; `data` holds any
 * partial result.
 *
 * @example
 * import { EgovGraphQLError } from '@egov-vn/sdk';
 * try {
 *   await egov.area('99');
 * } catch (e) {
 *   if (e instanceof EgovGraphQLError && e.serverCode === 'NOT_FOUND') console.log('no such area');
 * }
 */
export class EgovGraphQLError extends EgovError {
  override get name(): string {
    return 'EgovGraphQLError';
  }
  readonly serverCode: ServerErrorCode;
  readonly errors: readonly GraphQLErrorItem[];
  readonly data: unknown;
  /** HTTP status of the response (200, 400, 404, 413...). */
  readonly status: number;
  declare readonly response: EgovResponseInfo;

  constructor(errors: readonly GraphQLErrorItem[], data: unknown, options: EgovErrorOptions & { response: EgovResponseInfo }) {
    const first = errors[0];
    const serverCode = first?.extensions?.code ?? 'UNKNOWN';
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super('GRAPHQL_ERROR', `${serverCode}: ${first?.message ?? 'GraphQL error'}${more}`, options);
    this.serverCode = serverCode;
    this.errors = errors;
    this.data = data;
    this.status = options.response.status;
  }

}
