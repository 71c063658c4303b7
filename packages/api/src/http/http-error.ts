/** Codes of the errors answered before GraphQL runs (and by the download routes), with their HTTP status. */
export const HTTP_ERROR_CODES = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
} as const;
export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

/** An HTTP-level error (before GraphQL runs) with the code it is reported under. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const httpError = (statusCode: number, code: HttpErrorCode, message: string) => new HttpError(statusCode, code, message);
