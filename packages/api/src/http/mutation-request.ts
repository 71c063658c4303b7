import { getOperationAST, parse } from 'graphql';

/**
 * Whether a GraphQL POST body (the raw JSON text) asks for a mutation: what the
 * write rate limit counts. Read before yoga runs, so it must stay cheap for the
 * reads that are nearly every request: a body without the word "mutation"
 * (nor a `\u` escape that could spell it) is not parsed at all, and the
 * document is parsed with the token limit. A body that does not parse is not a
 * write: yoga refuses it before anything runs. A persisted query sent by its
 * hash alone is not seen here (yoga looks the hash up); it still counts
 * against the per-client limit of every request.
 */
export function isMutationRequest(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'string' || (!body.includes('mutation') && !body.includes('\\u'))) return false;
  try {
    const request: unknown = JSON.parse(body);
    if (!request || typeof request !== 'object' || Array.isArray(request)) return false;
    const { query, operationName } = request as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || !query.includes('mutation')) return false;
    const document = parse(query, { noLocation: true, maxTokens });
    return getOperationAST(document, typeof operationName === 'string' ? operationName : undefined)?.operation === 'mutation';
  } catch {
    return false;
  }
}
