import { ERROR_CODES } from './graphql/errors.js';
import { LIMIT_ERROR_CODES } from './graphql/limits/limit-exceeded.js';
import { SERVICE_ERROR_CODES } from './graphql/service-errors.js';
import { HTTP_ERROR_CODES } from './http/http-error.js';

/** Codes graphql-yoga and its persisted-query plugin set for requests that cannot execute, and the fallback of a masked error. */
const REQUEST_ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  PERSISTED_QUERY_NOT_FOUND: 404,
  PERSISTED_QUERY_MISMATCH: 400,
  INTERNAL_SERVER_ERROR: 500,
} as const;

/**
 * Every `extensions.code` the server can answer with, and its usual HTTP
 * status (a field error inside a response with data is answered with 200).
 * Built from the lists each layer types its errors with, so a new code joins
 * by being used; the SDK's `ServerErrorCode` is generated from this.
 */
export const SERVER_ERROR_CODES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries({ ...ERROR_CODES, ...LIMIT_ERROR_CODES, ...SERVICE_ERROR_CODES, ...HTTP_ERROR_CODES, ...REQUEST_ERROR_CODES }).sort(([a], [b]) => a.localeCompare(b)),
);
