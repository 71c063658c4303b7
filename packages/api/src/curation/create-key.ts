import type { ApiKeyRow, ApiKeyScope } from '@egov-vn/schema';
import { createApiKey } from '../auth/api-keys.js';
import type { Trx } from '../repositories/db.types.js';
import type { Actor } from './actor.js';
import type { Change } from './figure-snapshot.js';

/** What the audit log keeps of a key: never its secret nor its hash. */
export const keySnapshot = (row: ApiKeyRow) => ({ prefix: row.prefix, name: row.name, scope: row.scope, revokedAt: row.revoked_at });

/** Creates an API key (admins only at the edges); the key is returned once, in clear, and audited by prefix. */
export async function createKey(trx: Trx, _actor: Actor, name: string, scope: ApiKeyScope): Promise<{ key: string; row: ApiKeyRow; changes: Change[] }> {
  const { key, row } = await createApiKey(trx, name, scope);
  return { key, row, changes: [{ action: 'create-key', target: row.prefix, before: null, after: keySnapshot(row) }] };
}
