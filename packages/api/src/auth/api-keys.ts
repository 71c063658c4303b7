import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRow, ApiKeyScope } from '@egov-vn/schema';
import type { Actor } from '../curation/actor.js';
import { CurationError } from '../curation/curation-error.js';
import { findApiKeyByPrefix, insertApiKey } from '../repositories/api-key.repository.js';
import type { Db } from '../repositories/db.types.js';

/** "egov_<prefix>_<secret>": the prefix finds the row, the secret is checked against its hash. */
const KEY_FORMAT = /^egov_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/**
 * Creates a key and returns it once, in clear: only the sha256 of its secret is
 * stored (the secret is 256 random bits, so a fast hash is enough).
 */
export async function createApiKey(db: Db, name: string, scope: ApiKeyScope): Promise<{ key: string; row: ApiKeyRow }> {
  if (name.trim() === '') throw new CurationError('INVALID_REVIEW', 'a key needs a name (who uses it)');
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const row = await insertApiKey(db, { name: name.trim(), scope, prefix, secret_hash: hashSecret(secret).toString('hex') });
  return { key: `egov_${prefix}_${secret}`, row };
}

// Compared against when the prefix is unknown, so a miss costs the same as a wrong secret.
const DUMMY_HASH = hashSecret('no such key');

/** The actor a key stands for; UNAUTHENTICATED for a malformed, unknown, wrong or revoked key. */
export async function authenticate(db: Db, key: string): Promise<Actor> {
  const match = KEY_FORMAT.exec(key.trim());
  const row = match ? await findApiKeyByPrefix(db, match[1]!) : undefined;
  const given = hashSecret(match?.[2] ?? key);
  const stored = row ? Buffer.from(row.secret_hash, 'hex') : DUMMY_HASH;
  const equal = stored.length === given.length && timingSafeEqual(stored, given);
  if (!row || !equal) throw new CurationError('UNAUTHENTICATED', 'invalid API key');
  if (row.revoked_at !== null) throw new CurationError('UNAUTHENTICATED', `API key ${row.prefix} was revoked`);
  return { name: row.name, apiKeyId: row.id, scope: row.scope };
}

/** The key of an `Authorization: Bearer <key>` header (or `X-Api-Key`), if any. */
export function keyFromHeaders(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return m ? m[1]! : auth.trim();
  }
  return headers.get('x-api-key');
}

/** Sent with an admin key by the local CLI: the person it writes for. */
export const ON_BEHALF_OF_HEADER = 'x-egov-curator';

/** An admin key may act for a named person (the local CLI's user); the name says through which key. */
export function actingFor(actor: Actor, person: string | null): Actor {
  const name = person?.trim().slice(0, 100);
  return name && actor.scope === 'admin' ? { ...actor, name: `${name} (via ${actor.name})` } : actor;
}

export function requireScope(actor: Actor, scope: ApiKeyScope): void {
  if (scope === 'admin' && actor.scope !== 'admin') throw new CurationError('FORBIDDEN', `this needs an admin key; ${actor.name}'s key is a ${actor.scope} key`);
}
