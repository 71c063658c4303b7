import type { AreaRow, ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import { stringify } from 'csv-stringify/sync';
import { RFC4180 } from '../downloads/csv-options.js';
import { formatDimensions } from './format-value.js';

/** One figure as a CSV row: the value with its qualifier and every piece of provenance. */
export interface FigureCsvRow {
  observation: ObservationRow;
  area: AreaRow;
  source: SourceDocumentRow | undefined;
  /** Absolute address of the figure's page. */
  figureUrl: string;
}

const COLUMNS = [
  'indicator_code',
  'area_geography',
  'area_code',
  'area_name',
  'period',
  'dimensions',
  'value',
  'qualifier',
  'unit',
  'status',
  'edition',
  'methodology',
  'quote',
  'source_title',
  'source_url',
  'figure_url',
  'locator',
] as const;

/** CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read Vietnamese right) of exactly the rows shown. */
export function figuresCsv(rows: readonly FigureCsvRow[]): string {
  const records = rows.map(({ observation: o, area, source, figureUrl }) => [
    o.indicator_code,
    area.geography,
    area.code,
    area.full_name_vi,
    o.period ?? '',
    formatDimensions(o.dimensions as Record<string, string>),
    o.value,
    o.qualifier,
    o.unit,
    o.status,
    o.edition ?? '',
    o.methodology ?? '',
    // A table figure's stored row is our transcription, not a quote: its place in the table is in `locator`.
    source?.kind === 'TABLE' || o.quote === null ? '' : o.quote.replace(/\s+/g, ' ').trim(),
    source?.title ?? '',
    source?.url ?? '',
    figureUrl,
    o.locator ?? '',
  ]);
  return `\uFEFF${stringify(records, { header: true, columns: [...COLUMNS], ...RFC4180 })}`;
}
