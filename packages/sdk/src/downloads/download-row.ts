import { DOWNLOAD_COLUMN_TYPES, DOWNLOAD_COLUMNS_SINCE } from '../generated/download-columns.js';

type ColumnTypes = typeof DOWNLOAD_COLUMN_TYPES;
type LaterColumn = keyof typeof DOWNLOAD_COLUMNS_SINCE;
type JsonType<T> = T extends `${infer Base}?` ? JsonType<Base> | null : T extends 'number' ? number : T extends 'boolean' ? boolean : string;
type Flat<T> = { [K in keyof T]: T[K] };

/**
 * One figure of a download, typed by the server's own record type (generated:
 * `src/generated/download-columns.ts`); a CSV row is read into the same shape as
 * a JSON Lines one. The columns a later export format added (`conflict`,
 * `chosen`…) are absent from a release cut in an earlier format.
 */
export type DownloadRow = Flat<
  { -readonly [K in Exclude<keyof ColumnTypes, LaterColumn>]: JsonType<ColumnTypes[K]> } & {
    -readonly [K in LaterColumn]?: JsonType<ColumnTypes[K]>;
  }
>;

/** A column of a figure download. */
export type DownloadColumn = keyof ColumnTypes;

/** The columns of a figure download in the current export format, in file order. */
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
 * yet (added by a newer server) are kept as text; a column every format has
 * but the file lacks is an error (`missing`), so a row never claims a value it has not.
 */
export function csvRecordToRow(record: Record<string, string>, missing: (column: string) => Error): DownloadRow {
  const row: Record<string, unknown> = {};
  for (const [column, text] of Object.entries(record)) {
    const type: string | undefined = DOWNLOAD_COLUMN_TYPES[column as DownloadColumn];
    row[column] = type === undefined ? text : readCell(type, text);
  }
  for (const column of DOWNLOAD_COLUMNS) if (!(column in record) && !(column in DOWNLOAD_COLUMNS_SINCE)) throw missing(column);
  return row as DownloadRow;
}
