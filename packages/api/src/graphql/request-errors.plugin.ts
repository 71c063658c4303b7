import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type HttpExtensions = Record<string, unknown> & { http?: { spec?: boolean; status?: number; headers?: Record<string, string> } };

/**
 * HTTP status codes by the GraphQL-over-HTTP spec, and a stable
 * `extensions.code` on every error.
 *
 * - The request executed (`data` is in the response, even with field errors):
 *   200, for every client. A field's NOT_FOUND or BAD_USER_INPUT travels in
 *   `errors` beside the other fields' data; a 4xx would make clients such as
 *   Apollo drop that data.
 * - It could not execute (syntax, validation, variables, limits): 400 for
 *   `application/graphql-response+json` clients; 200 for legacy
 *   `application/json` ones, as the spec asks (intermediaries cannot tell
 *   their 4xx from ours). Yoga applies that through `http.spec`.
 *
 * A field error a library raised without a code (e.g. a malformed global id)
 * is the caller's input; a masked one is ours.
 */
export function requestErrorsPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result.errors ?? []) as GraphQLError[];
      const executed = 'data' in result && result.data !== undefined;
      for (const error of errors) {
        const extensions = error.extensions as HttpExtensions;
        if (error.path !== undefined || executed) {
          // A refused write (401, 403, 409, 400: `spec: false`, see graphql/modules/curation/write-access.ts) is not a success.
          if (extensions.http?.spec === false && extensions.http.status !== undefined) continue;
          if (extensions.code === undefined) extensions.code = error.message === 'Unexpected error.' ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
          // The status is the response's, not the field's: data is there, so 200.
          if (extensions.http) delete extensions.http.status;
          continue;
        }
        extensions.code ??= 'BAD_USER_INPUT';
        // An error that sets `spec: false` (503, 429) keeps its status for legacy clients too.
        extensions.http = { ...extensions.http, spec: extensions.http?.spec ?? true, status: extensions.http?.status ?? 400 };
      }
    },
  };
}
