import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * A named, immutable version of the published dataset ("2026.1"): what was
 * published at `moment`, with its counts and the sha256 of its canonical
 * export (the release's CSV file). Rows are never updated or deleted (a trigger refuses).
 */
export interface DatasetReleaseTable {
  name: string;
  notes: string;
  moment: ColumnType<Date, Date, never>;
  created_by: string;
  observation_count: number;
  indicator_count: number;
  area_count: number;
  source_count: number;
  /** sha256 (hex) of the release's canonical CSV export. */
  checksum: string;
  /**
   * The export format the release is written in (its columns; `CURRENT_EXPORT_FORMAT`
   * of the API when it was cut): the checksum is over the CSV in this format.
   */
  export_format: number;
  /** SPDX identifier of the data licence the release is published under. */
  licence: string;
}

export type DatasetReleaseRow = Selectable<DatasetReleaseTable>;
export type NewDatasetReleaseRow = Insertable<DatasetReleaseTable>;
