import type { ExportRow } from '../repositories/observation-export.repository.js';

/** One column per dimension, in the order of every download. */
export const DIMENSION_COLUMNS = ['gov_level', 'service_level', 'service_mode', 'settlement', 'component'] as const;
/** The area of a row: its reference, code, Vietnamese name, level and geography. */
export const AREA_COLUMNS = ['area_ref', 'area_code', 'area_name', 'area_level', 'geography'] as const;

/**
 * The tidy columns of every download (CSV, JSON Lines, Parquet) and of a
 * release's canonical export: one row per figure, each dimension a column,
 * provenance included (source title, publisher, date, address, licence, the
 * quote and its offsets, the locator of a table cell). Append new columns at
 * the end: a release's checksum is over these bytes.
 */
export const EXPORT_COLUMNS = [
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
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Columns holding whole numbers; `value` is an exact decimal (text in CSV, a number in JSON and Parquet). */
export const INTEGER_COLUMNS: ReadonlySet<ExportColumn> = new Set(['revision', 'period', 'quote_start', 'quote_end']);

/** One exported figure: every column, null where the figure has no value for it. */
export type ExportRecord = { [K in ExportColumn]: K extends 'revision' | 'quote_start' | 'quote_end' ? number : K extends 'period' ? number | null : K extends 'value' ? string : string | null };

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

/** A database row as an export record (the value kept as the exact decimal text). */
export function toExportRecord(r: ExportRow): ExportRecord {
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
    quote: r.quote,
    quote_start: r.quote_start,
    quote_end: r.quote_end,
    locator: r.locator,
  };
}
