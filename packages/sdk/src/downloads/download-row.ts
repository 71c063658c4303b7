import { DOWNLOAD_COLUMN_TYPES } from '../generated/download-columns.js';

type ColumnTypes = typeof DOWNLOAD_COLUMN_TYPES;
type JsonType<T> = T extends `${infer Base}?` ? JsonType<Base> | null : T extends 'number' ? number : T extends 'boolean' ? boolean : string;

/**
 * One figure of a download, as the server's JSON Lines record types it (generated from
 * its code: `src/generated/download-columns.ts`). A CSV row is read into the same shape.
 */
export type DownloadRow = { -readonly [K in keyof ColumnTypes]: JsonType<ColumnTypes[K]> };

/** A column of a figure download. */
export type DownloadColumn = keyof DownloadRow;

/** The columns of a figure download, in file order. */
export const DOWNLOAD_COLUMNS = /* @__PURE__ */ Object.keys(DOWNLOAD_COLUMN_TYPES) as DownloadColumn[];

/** A CSV cell as its column's JSON value: an empty cell of a nullable column is null. */
function readCell(type: string, text: string): string | number | boolean | null {
  if (text === '' && type.endsWith('?')) return null;
  if (type.startsWith('number')) return Number(text);
  if (type.startsWith('boolean')) return text === 'true';
  return text;
}

/**
 * A CSV record (header → text) as a typed row. Columns the SDK does not know
 * yet (added by a newer server) are kept as text; a column it expects but the
 * file lacks is an error (`missing`), so a row never claims a value it has not.
 */
export function csvRecordToRow(record: Record<string, string>, missing: (column: string) => Error): DownloadRow {
  const row: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(record)) {
    const type: string | undefined = DOWNLOAD_COLUMN_TYPES[column as DownloadColumn];
    row[column] = type === undefined ? text : readCell(type, text);
  }
  for (const column of DOWNLOAD_COLUMNS) if (!(column in record)) throw missing(column);
  return row as DownloadRow;
}
