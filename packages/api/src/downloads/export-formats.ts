import { PassThrough, Readable } from 'node:stream';
import { ParquetSchema, ParquetWriter } from '@dsnp/parquetjs';
import { stringify } from 'csv-stringify/sync';
import { COVERAGE_COLUMNS, type CoverageRecord } from './coverage-matrix.js';
import { RFC4180 } from './csv-options.js';
import { BOOLEAN_COLUMNS, CURRENT_EXPORT_FORMAT, type ExportColumn, type ExportRecord, exportColumns, INTEGER_COLUMNS } from './export-record.js';

export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8' },
  jsonl: { contentType: 'application/jsonl; charset=utf-8' },
  parquet: { contentType: 'application/vnd.apache.parquet' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Batches of export records, as the repository's keyset walk yields them. */
export type RecordBatches = AsyncIterable<ExportRecord[]>;

/**
 * Rows per chunk written: a chunk stays well under V8's large-object size
 * (~128 KB), so it dies young in the scavenger instead of piling up in the old
 * generation until a full collection (which is what made memory grow).
 */
const CHUNK_ROWS = 100;
function* slices<T>(batch: readonly T[]): Generator<T[]> {
  for (let i = 0; i < batch.length; i += CHUNK_ROWS) yield batch.slice(i, i + CHUNK_ROWS);
}

/**
 * CSV (RFC 4180: CRLF line ends, a header line; UTF-8 without a byte order mark): each
 * batch written by csv-stringify as it arrives, so the file is never in memory.
 * The figures' CSV is the canonical export a release's checksum is computed over.
 */
export async function* csvChunks<R extends object>(batches: AsyncIterable<R[]>, columns: readonly (keyof R & string)[]): AsyncGenerator<string> {
  let header = true;
  const options = { columns: [...columns], ...RFC4180, cast: BOOLEAN_TEXT };
  for await (const batch of batches) {
    for (const slice of slices(batch)) {
      yield stringify(slice, { header, ...options });
      header = false;
    }
  }
  if (header) yield stringify([], { header: true, ...options });
}

/** true and false as the words (csv-stringify's default writes "1" and ""). */
const BOOLEAN_TEXT = { boolean: (value: boolean) => (value ? 'true' : 'false') };

/** JSON Lines: one object per line, as `toJson` makes it (a figure's `value` as a number: its exact text is in the CSV). */
export async function* jsonlChunks<R>(batches: AsyncIterable<R[]>, toJson: (r: R) => unknown): AsyncGenerator<string> {
  for await (const batch of batches) {
    for (const slice of slices(batch)) yield slice.map((r) => `${JSON.stringify(toJson(r))}\n`).join('');
  }
}

/** A figure as JSON with the columns of `columns`, in their order: `value` a number. */
export const figureJson = (columns: readonly ExportColumn[]) => (r: ExportRecord) =>
  Object.fromEntries(columns.map((c) => [c, c === 'value' ? Number(r.value) : r[c]]));

/** The Parquet schema of an export format's columns. */
const parquetSchema = (columns: readonly ExportColumn[]) =>
  new ParquetSchema(
    Object.fromEntries(
      columns.map((c) => [
        c,
        c === 'value'
          ? { type: 'DOUBLE' as const }
          : INTEGER_COLUMNS.has(c)
            ? { type: 'INT32' as const, optional: c === 'period' }
            : BOOLEAN_COLUMNS.has(c)
              ? { type: 'BOOLEAN' as const }
              : { type: 'UTF8' as const, optional: true },
      ]),
    ),
  );

/** Rows per Parquet row group: the writer holds one group in memory at a time. */
const ROW_GROUP_SIZE = 10_000;

/**
 * Parquet, written by @dsnp/parquetjs to a stream: a row group goes out as
 * soon as it is full, and the writer waits while the reader is slow
 * (backpressure), so memory holds one row group whatever the file's size.
 */
export function parquetStream(batches: RecordBatches, columns: readonly ExportColumn[]): Readable {
  const out = new PassThrough();
  void (async () => {
    const writer = await ParquetWriter.openStream(parquetSchema(columns), out as unknown as Parameters<typeof ParquetWriter.openStream>[1], { rowGroupSize: ROW_GROUP_SIZE });
    for await (const batch of batches) {
      for (const r of batch) {
        const row: Record<string, unknown> = {};
        for (const c of columns) if (r[c] !== null) row[c] = c === 'value' ? Number(r.value) : r[c];
        await writer.appendRow(row);
      }
    }
    await writer.close();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** A download as a byte stream in `format`, with the columns of export format `version` (a release's own, or the current one). */
export function exportStream(format: ExportFormat, batches: RecordBatches, version: number = CURRENT_EXPORT_FORMAT): Readable {
  const columns = exportColumns(version);
  if (format === 'parquet') return parquetStream(batches, columns);
  return Readable.from(format === 'csv' ? csvChunks(batches, columns) : jsonlChunks(batches, figureJson(columns)));
}

/** The coverage matrix as a byte stream (CSV or JSON Lines). */
export function coverageStream(format: 'csv' | 'jsonl', batches: AsyncIterable<CoverageRecord[]>): Readable {
  return Readable.from(format === 'csv' ? csvChunks(batches, COVERAGE_COLUMNS) : jsonlChunks(batches, (r) => r));
}
