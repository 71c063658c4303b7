import type { ColumnType } from 'kysely';

/** One row: raised by triggers on every committed change of published data (migration 0008). */
export interface DataVersionTable {
  id: ColumnType<boolean, never, never>;
  /** bigint, read as text. */
  version: ColumnType<string, never, never>;
}
