import type { AuditLogRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';
import { sql } from 'kysely';

export interface AuditEntryInput {
  actor: string;
  apiKeyId: number | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export async function appendAuditEntries(trx: Db, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        actor: e.actor,
        api_key_id: e.apiKeyId,
        action: e.action,
        target: e.target,
        before: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
        after: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
      })),
    )
    .execute();
}

export interface AuditQuery {
  target?: string | undefined;
  actor?: string | undefined;
}

/** Newest first. */
export const AUDIT_SORT_KEYS: SortKey[] = [{ expr: sql`l.id`, direction: 'desc', type: 'int' }];

export function pageAuditLog(db: Db, q: AuditQuery, page: KeysetPage): Promise<KeysetResult<AuditLogRow>> {
  let query = db.selectFrom('audit_log as l').selectAll('l');
  if (q.target) query = query.where('l.target', '=', q.target);
  if (q.actor) query = query.where('l.actor', '=', q.actor);
  return keysetPage(query, AUDIT_SORT_KEYS, page);
}

export async function countAuditLog(db: Db, q: AuditQuery): Promise<number> {
  let query = db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'));
  if (q.target) query = query.where('target', '=', q.target);
  if (q.actor) query = query.where('actor', '=', q.actor);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function listAuditLog(db: Db, q: AuditQuery = {}): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (q.target) query = query.where('target', '=', q.target);
  if (q.actor) query = query.where('actor', '=', q.actor);
  return query.orderBy('id').execute();
}
