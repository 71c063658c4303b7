import { chooseFigure } from '../conflicts/figure-choice.js';
import type { ExportRow } from '../repositories/observation-export.repository.js';
import type { SliceCandidate } from '../repositories/slice.repository.js';

/** One column per dimension, in the order of every download. */
export const DIMENSION_COLUMNS = ['gov_level', 'service_level', 'service_mode', 'settlement', 'component'] as const;
/** The area of a row: its reference, code, Vietnamese name, level and geography. */
export const AREA_COLUMNS = ['area_ref', 'area_code', 'area_name', 'area_level', 'geography'] as const;

/**
 * The columns of export format 1 (releases cut before format 2 keep them, so
 * their files, and so their checksums, never change): one row per figure, each
 * dimension a column, provenance included (source title, publisher, date,
 * address, licence, the quote and its offsets, the locator of a table cell).
 */
const COLUMNS_V1 = [
  'figure_key',
  'revision',
  'indicator',
  ...DIMENSION_COLUMNS,
  ...AREA_COLUMNS,
  'period',
  'value',
  'unit',
  'qualifier',
  'status',
  'edition',
  'methodology',
  'note',
  'published_at',
  'source_hash',
  'source_title',
  'source_publisher',
  'source_published_at',
  'source_url',
  'source_licence',
  'quote',
  'quote_start',
  'quote_end',
  'locator',
] as const;

/**
 * Format 2 adds how the figure stands in its slice (indicator, dimensions,
 * area, period, status) among the figures published at the same moment, by
 * the one rule of `conflicts/figure-choice.ts` (the API's `selection`):
 * - `conflict`: the slice has several figures (other sources report it too);
 * - `chosen`: this is the figure the rule picks, the one rankings and charts use;
 * - `alternatives_count`: how many other figures the slice has;
 * - `choice_rule`: the step of the rule that decided (ONLY_FIGURE,
 *   PRIMARY_PUBLISHER, LATEST_PUBLICATION, FIRST_STORED);
 * - `values_differ`: some other figure of the slice has another value (the sources disagree).
 */
const COLUMNS_V2 = [...COLUMNS_V1, 'conflict', 'chosen', 'alternatives_count', 'choice_rule', 'values_differ'] as const;

/**
 * Format 3: `quote` is only ever the source's own words, empty for a figure
 * read from a transcribed table, whose row is in `transcribed_row` (with
 * `locator` and `locator_en` naming the place in the table). Formats 1 and 2
 * wrote the transcribed row as the `quote`.
 */
const COLUMNS_V3 = [...COLUMNS_V2, 'transcribed_row', 'locator_en'] as const;

/**
 * The columns of each export format, by version. A release records the format
 * it was cut with and is always written in it: its checksum is over those
 * bytes. A new format appends a version here; never change an existing one.
 */
export const EXPORT_FORMAT_COLUMNS = { 1: COLUMNS_V1, 2: COLUMNS_V2, 3: COLUMNS_V3 } as const;
export type ExportFormatVersion = keyof typeof EXPORT_FORMAT_COLUMNS;
/** The format of live downloads and of releases cut now. */
export const CURRENT_EXPORT_FORMAT: ExportFormatVersion = 3;

/** The tidy columns of every download (CSV, JSON Lines, Parquet) in the current format. */
export const EXPORT_COLUMNS = EXPORT_FORMAT_COLUMNS[CURRENT_EXPORT_FORMAT];
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** The columns of export format `version` (a release's recorded version, or the current one). */
export function exportColumns(version: number = CURRENT_EXPORT_FORMAT): readonly ExportColumn[] {
  const columns = (EXPORT_FORMAT_COLUMNS as Record<number, readonly ExportColumn[]>)[version];
  if (!columns) throw new Error(`unknown export format ${version}; known: ${Object.keys(EXPORT_FORMAT_COLUMNS).join(', ')}`);
  return columns;
}

/** Columns holding whole numbers; `value` is an exact decimal (text in CSV, a number in JSON and Parquet). */
export const INTEGER_COLUMNS: ReadonlySet<ExportColumn> = new Set(['revision', 'period', 'quote_start', 'quote_end', 'alternatives_count']);
/** Columns holding true or false ("true"/"false" in CSV). */
export const BOOLEAN_COLUMNS: ReadonlySet<ExportColumn> = new Set(['conflict', 'chosen', 'values_differ']);

type IntegerColumn = 'revision' | 'quote_start' | 'quote_end' | 'alternatives_count';
type BooleanColumn = 'conflict' | 'chosen' | 'values_differ';
/** One exported figure: every column, null where the figure has no value for it. */
export type ExportRecord = {
  [K in ExportColumn]: K extends IntegerColumn ? number : K extends BooleanColumn ? boolean : K extends 'period' ? number | null : K extends 'value' | 'choice_rule' ? string : string | null;
};

/** How a figure stands in its slice: the format-2 columns. */
export type SliceStanding = Pick<ExportRecord, 'conflict' | 'chosen' | 'alternatives_count' | 'choice_rule' | 'values_differ'>;

/**
 * The standing of figure `self` among `candidates`, the figures of its slice
 * published at the same moment (itself included when it is one), by the one
 * rule the API's `selection` uses.
 */
export function sliceStanding(self: { id: number; value: string }, candidates: readonly SliceCandidate[]): SliceStanding {
  if (candidates.length === 0) return { conflict: false, chosen: false, alternatives_count: 0, choice_rule: 'ONLY_FIGURE', values_differ: false };
  const choice = chooseFigure(candidates);
  const others = candidates.filter((c) => c.id !== self.id);
  return {
    conflict: others.length > 0,
    chosen: choice.chosen.id === self.id,
    alternatives_count: others.length,
    choice_rule: choice.rule,
    values_differ: others.some((c) => Number(c.value) !== Number(self.value)),
  };
}

/** A figure's dimensions as the download columns, one per dimension (null where the figure has none). */
export function dimensionColumns(d: Record<string, string | undefined>) {
  return {
    gov_level: d.govLevel ?? null,
    service_level: d.serviceLevel ?? null,
    service_mode: d.serviceMode ?? null,
    settlement: d.settlement ?? null,
    component: d.component ?? null,
  };
}

/**
 * A database row and its standing in its slice as an export record of format
 * `version` (the value kept as the exact decimal text). Format 1 has no
 * standing columns: without `standing` they are absent, and format 1's
 * writers never read them.
 */
export function toExportRecord(r: ExportRow, version: number, standing?: SliceStanding): ExportRecord {
  return {
    figure_key: r.natural_key,
    revision: r.revision,
    indicator: r.indicator_code,
    ...dimensionColumns(r.dimensions),
    area_ref: r.area_ref,
    area_code: r.area_code,
    area_name: r.area_name_vi,
    area_level: r.area_level,
    geography: r.geography,
    period: r.period,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    status: r.status,
    edition: r.edition,
    methodology: r.methodology,
    note: r.note,
    published_at: new Date(r.published_at).toISOString(),
    source_hash: r.source_hash,
    source_title: r.source_title,
    source_publisher: r.source_publisher,
    source_published_at: r.source_published_at,
    source_url: r.source_url,
    source_licence: r.source_licence,
    // Before format 3 a table figure's transcribed row was written as its quote.
    quote: version < 3 ? (r.quote ?? r.transcribed_row) : r.quote,
    quote_start: r.quote_start,
    quote_end: r.quote_end,
    locator: r.locator,
    ...standing,
    transcribed_row: r.transcribed_row,
    locator_en: r.locator_en,
  } as ExportRecord;
}
