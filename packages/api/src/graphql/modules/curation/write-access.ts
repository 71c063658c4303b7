import type { ApiKeyScope } from '@egov-vn/schema';
import { GraphQLError } from 'graphql';
import type { Actor } from '../../../curation/actor.js';
import { actingFor, authenticate, requireScope } from '../../../auth/api-keys.js';
import { CURATION_ERROR_CODES, CurationError } from '../../../curation/curation-error.js';
import { runCuration } from '../../../curation/run-curation.js';
import type { Change } from '../../../curation/figure-snapshot.js';
import type { Trx } from '../../../repositories/db.types.js';
import type { Context } from '../../context.js';

/**
 * A curation refusal as the GraphQL error clients see: its code, its details,
 * and its HTTP status for every client (`spec: false`), as a write refused for
 * a missing key or a conflict is not a successful response.
 */
export function toGraphQLError(error: unknown): unknown {
  if (!(error instanceof CurationError)) return error;
  const status = CURATION_ERROR_CODES[error.code];
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, http: { status, spec: false } } });
}

/** The actor of the request's API key; reads need none, every write does. */
export async function requireActor(ctx: Context, scope: ApiKeyScope): Promise<Actor> {
  try {
    if (!ctx.apiKey) throw new CurationError('UNAUTHENTICATED', 'this needs an API key: send "Authorization: Bearer <key>" (egov keys create)');
    const actor = actingFor(await authenticate(ctx.db, ctx.apiKey), ctx.onBehalfOf);
    requireScope(actor, scope);
    return actor;
  } catch (error) {
    throw toGraphQLError(error);
  }
}

/** A mutation's body: authenticated, one transaction with its audit entries, refusals as coded errors. */
export function write<T extends { changes: Change[] }>(ctx: Context, scope: ApiKeyScope, work: (trx: Trx, actor: Actor) => Promise<T>): Promise<T> {
  return writeAfter(ctx, scope, async () => undefined, (trx, actor) => work(trx, actor));
}

/**
 * `write`, with work done before the transaction (once the key is checked):
 * long work that must not hold the database, whose result the transaction stores.
 */
export async function writeAfter<P, T extends { changes: Change[] }>(
  ctx: Context,
  scope: ApiKeyScope,
  prepare: () => Promise<P>,
  work: (trx: Trx, actor: Actor, prepared: P) => Promise<T>,
): Promise<T> {
  const actor = await requireActor(ctx, scope);
  try {
    const prepared = await prepare();
    return await runCuration(ctx.db, actor, (trx) => work(trx, actor, prepared));
  } catch (error) {
    throw toGraphQLError(error);
  }
}
