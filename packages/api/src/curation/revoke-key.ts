import type { ApiKeyRow } from '@egov-vn/schema';
import { findApiKeyByPrefix, revokeApiKey } from '../repositories/api-key.repository.js';
import type { Trx } from '../repositories/db.types.js';
import type { Actor } from './actor.js';
import { keySnapshot } from './create-key.js';
import { CurationError } from './curation-error.js';
import type { Change } from './figure-snapshot.js';

/** Revokes a key: refused from now on, its row kept for the audit log. Revoking a revoked key changes nothing. */
export async function revokeKey(trx: Trx, _actor: Actor, prefix: string): Promise<{ row: ApiKeyRow; changes: Change[] }> {
  const before = await findApiKeyByPrefix(trx, prefix);
  if (!before) throw new CurationError('KEY_NOT_FOUND', `no API key with prefix "${prefix}" (egov keys list)`, { prefix });
  if (before.revoked_at !== null) return { row: before, changes: [] };
  const row = (await revokeApiKey(trx, prefix))!;
  return { row, changes: [{ action: 'revoke-key', target: prefix, before: keySnapshot(before), after: keySnapshot(row) }] };
}
