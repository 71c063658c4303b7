/**
 * What a curator's action can be refused for. Each code is stable (it is the
 * GraphQL `extensions.code` and the CLI's message prefix) and carries the HTTP
 * status it is answered with.
 */
export const CURATION_ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  FIGURE_NOT_FOUND: 404,
  SOURCE_NOT_FOUND: 404,
  KEY_NOT_FOUND: 404,
  CONFLICT: 409,
  UNKNOWN_INDICATOR: 400,
  UNKNOWN_AREA: 400,
  INVALID_DIMENSIONS: 400,
  INVALID_VALUE: 400,
  VALUE_OUT_OF_RANGE: 400,
  RANK_OUT_OF_RANGE: 400,
  FUTURE_ACTUAL: 400,
  QUOTE_NOT_IN_TEXT: 400,
  AMBIGUOUS_QUOTE: 400,
  INVALID_REVIEW: 400,
  REASON_REQUIRED: 400,
  NOTHING_CHANGED: 400,
  INVALID_RELEASE: 400,
  RELEASE_EXISTS: 409,
} as const;
export type CurationErrorCode = keyof typeof CURATION_ERROR_CODES;

export class CurationError extends Error {
  override name = 'CurationError';
  constructor(
    readonly code: CurationErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
