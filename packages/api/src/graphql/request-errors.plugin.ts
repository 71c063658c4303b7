import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Every error leaves with a stable `extensions.code`. Request-level errors
 * (syntax, validation, variables) get HTTP 400 for every client: yoga answers
 * 200 to `application/json` clients by default, following the GraphQL-over-HTTP
 * spec's legacy rule; we prefer one status per error kind. A field error a
 * library raised without a code (e.g. a malformed global id) is the caller's
 * input; a masked one is ours.
 */
export function requestErrorsPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result.errors ?? []) as GraphQLError[];
      for (const error of errors) {
        const extensions = error.extensions as Record<string, unknown> & { http?: { spec?: boolean; status?: number } };
        if (error.path !== undefined) {
          if (extensions.code === undefined) {
            const masked = error.message === 'Unexpected error.';
            extensions.code = masked ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
            if (!masked) extensions.http = { ...extensions.http, status: 400 };
          }
          continue;
        }
        extensions.code ??= 'BAD_USER_INPUT';
        extensions.http = { ...extensions.http, spec: false, status: extensions.http?.status ?? 400 };
      }
    },
  };
}
