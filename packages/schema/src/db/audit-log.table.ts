import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** One write: who did what to which target, with the state before and after. Append-only (a trigger refuses changes). */
export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, never, never>;
  actor: string;
  api_key_id: number | null;
  action: string;
  target: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
