import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Dimensions } from '../indicators/dimension.js';
import type { ObservationStatus, Qualifier, ReviewStatus } from '../observations/observation.enums.js';

/**
 * One figure with its provenance. Rows are versions: a correction inserts a new
 * row with the same `natural_key`, stamps the old one's `superseded_at` and
 * points it at the new one through `superseded_by`: history is never
 * overwritten, and a pinned release can list exact row ids.
 */
export interface ObservationTable {
  id: Generated<number>;
  /** Stable identity of the figure across re-imports and corrections. */
  natural_key: string;
  revision: Generated<number>;
  superseded_by: number | null;
  /** Null for the current version of a figure. */
  superseded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  indicator_code: string;
  /** Every dimension of the indicator, e.g. `{"govLevel":"PROVINCE"}`; `{}` when it has none. */
  dimensions: ColumnType<Dimensions, string, string>;
  area_id: number;
  /** "<geography>:<code>" of `area_id`, set by the database (a trigger): the pages' orders index it. */
  area_ref: ColumnType<string, never, never>;
  /** Year the figure describes; null when the source does not say. */
  period: number | null;
  /** Exact decimal, as text: `pg` and PGlite both return numeric as string here. */
  value: ColumnType<string, string | number, string | number>;
  unit: string;
  qualifier: Qualifier;
  status: ObservationStatus;
  review_status: ReviewStatus;
  source_id: number;
  /** The source's own words that state the figure; null for a figure read from a transcribed table (see `transcribed_row`). */
  quote: string | null;
  /**
   * For a figure read from a transcribed table (a TABLE source): the row as
   * egov-vn transcribed it, e.g. "25,Trà Vinh,84", which is not the source's
   * text. Exactly one of `quote` and `transcribed_row` is set; `quote_start` and
   * `quote_end` locate it in the stored source text either way.
   */
  transcribed_row: string | null;
  quote_start: number;
  quote_end: number;
  /** Edition of a composite index, e.g. "DTI 2022". */
  edition: string | null;
  /** Methodology the value was computed with; values across methodologies are not comparable. */
  methodology: string | null;
  /**
   * Where in a table the figure was read, e.g. "DTI 2022, bảng xếp hạng cấp
   * tỉnh, hạng 25". For a table source this is what a citation shows (its
   * transcribed row is in `transcribed_row`, its `quote` null).
   */
  locator: ColumnType<string | null, string | null | undefined, string | null>;
  /** The same place named in English ("DTI 2022, provincial ranking table, rank 25"); null when none is known. */
  locator_en: ColumnType<string | null, string | null | undefined, string | null>;
  /** Remarks of the transcriber or curator (ties, inconsistencies between sources); never part of the quote. */
  note: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
  reviewed_at: ColumnType<Date | null, Date | null, Date | null>;
  /** Who made this version (a curator's key name, or "extractor" / "loader") and why. */
  changed_by: ColumnType<string | null, string | null | undefined, never>;
  change_reason: ColumnType<string | null, string | null | undefined, never>;
  /** Who approved or rejected this version (set once, with `reviewed_at`). */
  reviewed_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ObservationRow = Selectable<ObservationTable>;
export type NewObservationRow = Insertable<ObservationTable>;
