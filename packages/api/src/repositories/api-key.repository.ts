import type { ApiKeyRow, ApiKeyScope } from '@egov-vn/schema';
import type { Db } from './db.types.js';

export async function insertApiKey(trx: Db, key: { name: string; scope: ApiKeyScope; prefix: string; secret_hash: string }): Promise<ApiKeyRow> {
  return trx.insertInto('api_key').values(key).returningAll().executeTakeFirstOrThrow();
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_key').selectAll().where('prefix', '=', prefix).executeTakeFirst();
}

export async function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_key').selectAll().orderBy('id').execute();
}

/** Revokes a key once (its row stays: the audit log names it); returns it, or undefined when unknown. */
export async function revokeApiKey(trx: Db, prefix: string): Promise<ApiKeyRow | undefined> {
  await trx.updateTable('api_key').set({ revoked_at: new Date() }).where('prefix', '=', prefix).where('revoked_at', 'is', null).execute();
  return findApiKeyByPrefix(trx, prefix);
}

/** Revokes every live key of one name (the server's local key of an earlier run). */
export async function revokeKeysNamed(trx: Db, name: string): Promise<number> {
  const rows = await trx.updateTable('api_key').set({ revoked_at: new Date() }).where('name', '=', name).where('revoked_at', 'is', null).returning('id').execute();
  return rows.length;
}
