import type { ApiKeyRow, ApiKeyScope } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

export async function insertApiKey(trx: Db, key: { name: string; scope: ApiKeyScope; prefix: string; secret_hash: string }): Promise<ApiKeyRow> {
  return trx.insertInto('api_key').values(key).returningAll().executeTakeFirstOrThrow();
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_key').selectAll().where('prefix', '=', prefix).executeTakeFirst();
}

export async function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_key').selectAll().orderBy('id').execute();
}

/** The order of `apiKeys`: oldest first. */
export const API_KEY_SORT_KEYS: readonly SortKey[] = [{ expr: sql`k.id`, type: 'int', direction: 'asc' }];

/** One keyset page of keys, oldest first (revoked ones included). */
export function pageApiKeys(db: Db, page: KeysetPage): Promise<KeysetResult<ApiKeyRow>> {
  return keysetPage(db.selectFrom('api_key as k').selectAll('k'), API_KEY_SORT_KEYS, page);
}

export async function countApiKeys(db: Db): Promise<number> {
  const row = await db.selectFrom('api_key').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
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
