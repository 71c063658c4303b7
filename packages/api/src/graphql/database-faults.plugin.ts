import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { classifyDatabaseError } from '../db/database-errors.js';
import type { DatabaseHealth } from '../db/database-health.js';
import { serviceUnavailable } from './service-errors.js';

type MaskError = NonNullable<Extract<YogaServerOptions<object, object>['maskedErrors'], object>['maskError']>;

export function databaseUnavailable(health: DatabaseHealth | undefined, retryAfterSeconds: number): GraphQLError {
  const message =
    health?.state === 'starting'
      ? 'The API is starting: the database is not ready yet.'
      : 'The database is unavailable; try again shortly.';
  return serviceUnavailable('DATABASE_UNAVAILABLE', message, retryAfterSeconds);
}

/**
 * A database that is away fails the request, not a field: while it is not
 * ready, GraphQL requests are answered at once with 503 DATABASE_UNAVAILABLE
 * instead of waiting on it; and a request whose fields met it away (or out of
 * time) answers 503 with no partial data, since every field needing it failed
 * alike and a 200 would hide the outage from clients and proxies.
 */
export function databaseFaultsPlugin(health: DatabaseHealth | undefined, retryAfterSeconds: number): Plugin {
  return {
    onParams() {
      if (health && !health.ready) throw databaseUnavailable(health, retryAfterSeconds);
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors) return;
          const faults = result.errors.map((e) => [e, classifyDatabaseError(e)] as const);
          const away = faults.find(([, f]) => f === 'unavailable');
          if (away) {
            health?.reportError(away[0]);
            setResult({ errors: [databaseUnavailable(health, retryAfterSeconds)] });
          } else if (faults.some(([, f]) => f === 'timeout')) {
            setResult({ errors: [databaseTimeout(retryAfterSeconds)] });
          }
        },
      };
    },
  };
}

export const databaseTimeout = (retryAfterSeconds: number) =>
  serviceUnavailable('TIMEOUT', 'The database ran out of time for this request; try again shortly.', retryAfterSeconds);

/**
 * Masks errors as yoga does, except database faults, which the client is told
 * about: the server is away or out of time (503, and requests stop being sent
 * to it until it answers again), or the input could not be used (400).
 */
export function maskDatabaseFaults(health: DatabaseHealth | undefined, retryAfterSeconds: number): MaskError {
  return (error, message) => {
    const fault = classifyDatabaseError(error);
    const path = error instanceof GraphQLError ? error.path : undefined;
    if (fault === 'unavailable') {
      health?.reportError(error);
      return withPath(databaseUnavailable(health, retryAfterSeconds), path);
    }
    if (fault === 'timeout') return withPath(databaseTimeout(retryAfterSeconds), path);
    if (fault === 'bad-input') {
      return withPath(
        new GraphQLError('An argument cannot be used as given (e.g. it contains a NUL character or a number out of range).', {
          extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
        }),
        path,
      );
    }
    // Never in development mode: that would put the original error and its stack in the answer.
    return yogaMaskError(error, message, false);
  };
}

function withPath(error: GraphQLError, path: readonly (string | number)[] | undefined): GraphQLError {
  return path ? new GraphQLError(error.message, { path, extensions: error.extensions }) : error;
}
