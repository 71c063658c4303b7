import { EgovResponseError } from '../errors/response-error.js';

/**
 * A field the schema types as nullable but the API always fills (most of
 * them: the printed schema keeps GraphQL's nullable default). A null there is
 * a server fault, reported instead of passed on.
 */
export function required<T>(value: T | null | undefined, field: string): T {
  if (value == null) throw new EgovResponseError(`The response has no \`${field}\``);
  return value;
}
