/** An HTTP-level error (before GraphQL runs) with the code it is reported under. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const httpError = (statusCode: number, code: string, message: string) => new HttpError(statusCode, code, message);
