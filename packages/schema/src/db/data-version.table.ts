import type { ColumnType } from 'kysely';

/** One row: raised by triggers on every committed change of published data (migration 0008). */
export interface DataVersionTable {
  id: ColumnType<boolean, never, never>;
  /** Random per database: the same version number of two databases is not the same data. */
  epoch: ColumnType<string, never, never>;
  /** bigint, read as text. */
  version: ColumnType<string, never, never>;
}
