import { ON_BEHALF_OF_HEADER } from '../../auth/api-keys.js';
import { CURATION_ERROR_CODES, CurationError, type CurationErrorCode } from '../../curation/curation-error.js';
import type { LocalServer } from '../../server/local-write-access.js';
import { localActor } from '../local-actor.js';

/** One GraphQL operation on the write API of the server holding the embedded database. */
export type ServerCall = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/**
 * Calls the server with its local admin key, on behalf of the local curator.
 * A curation error comes back as the same `CurationError` the database path
 * throws, so commands report both alike.
 */
export function serverCall(server: LocalServer): ServerCall {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${server.key}`, [ON_BEHALF_OF_HEADER]: localActor().name },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      if (code && code in CURATION_ERROR_CODES) throw new CurationError(code as CurationErrorCode, error.message, error.extensions);
      throw new Error(`the server refused (${code ?? res.status}): ${error.message}`);
    }
    return body.data as T;
  };
}
