import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Db, Trx } from '../repositories/db.types.js';
import { appendAuditEntries } from '../repositories/audit-log.repository.js';
import type { Actor } from './actor.js';
import type { Change } from './figure-snapshot.js';

/**
 * The edge of every write: one transaction for the action and its audit
 * entries (who, what, before, after), so a write is recorded or not made.
 */
export async function runCuration<T extends { changes: Change[] }>(db: Db | Kysely<Database>, actor: Actor, work: (trx: Trx, actor: Actor) => Promise<T>): Promise<T> {
  if (db.isTransaction) throw new Error('runCuration opens its own transaction: pass the database, not a transaction');
  return (db as Kysely<Database>).transaction().execute(async (trx) => {
    const result = await work(trx, actor);
    await appendAuditEntries(
      trx,
      result.changes.map((c) => ({ actor: actor.name, apiKeyId: actor.apiKeyId, action: c.action, target: c.target, before: c.before, after: c.after })),
    );
    return result;
  });
}
