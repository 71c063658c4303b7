import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Request-level errors (syntax, validation, variables) get a stable code and
 * HTTP 400 for every client. Yoga answers 200 to `application/json` clients by
 * default, following the GraphQL-over-HTTP spec's legacy rule; we prefer one
 * status per error kind.
 */
export function requestErrorsPlugin(): Plugin {
  return {
    onResultProcess({ result }) {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const errors = (result.errors ?? []) as GraphQLError[];
      for (const error of errors) {
        const extensions = error.extensions as Record<string, unknown> & { http?: { spec?: boolean; status?: number } };
        if (error.path !== undefined) continue; // field errors keep what their resolver set
        extensions.code ??= 'BAD_USER_INPUT';
        extensions.http = { ...extensions.http, spec: false, status: extensions.http?.status ?? 400 };
      }
    },
  };
}
