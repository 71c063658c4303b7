import type { ColumnType } from 'kysely';

/** One row per imported data set: its checksum tells whether a re-import has anything to do. */
export interface DatasetImportTable {
  name: string;
  checksum: string;
  imported_at: ColumnType<Date, never, Date>;
}
