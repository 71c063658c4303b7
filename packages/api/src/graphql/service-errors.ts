import { GraphQLError } from 'graphql';

/**
 * Errors that are not the client's mistake but a moment's trouble: HTTP 503
 * with `Retry-After`, so clients and proxies know to come back. The status
 * holds for every client (`spec: false`): the GraphQL-over-HTTP rule that
 * answers request errors with 200 to `application/json` clients is about
 * invalid requests, not about a server that cannot answer.
 */
export const SERVICE_ERROR_CODES = { DATABASE_UNAVAILABLE: 503, TIMEOUT: 503 } as const;
export type ServiceErrorCode = keyof typeof SERVICE_ERROR_CODES;

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
      http: { status: 503, spec: false, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
