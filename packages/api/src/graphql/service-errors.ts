import { GraphQLError } from 'graphql';

/**
 * Errors that are not the client's mistake but a moment's trouble: HTTP 503
 * with `Retry-After`, so clients and proxies know to come back.
 */
export type ServiceErrorCode = 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

export function serviceUnavailable(
  code: ServiceErrorCode,
  message: string,
  retryAfterSeconds: number,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code,
      retryAfter: retryAfterSeconds,
      ...details,
      http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
