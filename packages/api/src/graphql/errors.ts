import { GraphQLError } from 'graphql';
import { CURATION_ERROR_CODES } from '../curation/curation-error.js';

/**
 * Expected errors: each has a stable `extensions.code` and the HTTP status
 * graphql-yoga answers with. Anything else is masked by yoga.
 */
export const ERROR_CODES = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  AMBIGUOUS_AREA: 400,
  INCOMPARABLE_VALUES: 400,
  /** A computed ordering of too few of the units (see RANKING_MIN_COVERAGE); `allowPartial: true` asks for it anyway. */
  INSUFFICIENT_COVERAGE: 400,
  ...CURATION_ERROR_CODES,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: ERROR_CODES[code] } } });
}

export const notFound = (message: string, details?: Record<string, unknown>) => apiError('NOT_FOUND', message, details);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  apiError('BAD_USER_INPUT', message, details);
