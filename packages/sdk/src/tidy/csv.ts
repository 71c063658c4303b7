/** Options of `toCsv()`. */
export interface CsvOptions<K extends string = string> {
  /** Columns and their order; default: the keys of the rows, in first-seen order. */
  columns?: readonly K[] | undefined;
  /** Write the header line (default true). */
  header?: boolean | undefined;
  /** Line break: RFC 4180's CRLF by default. */
  newline?: '\r\n' | '\n' | undefined;
  /** Start with a UTF-8 byte order mark, so Excel reads Vietnamese text right (default false). */
  bom?: boolean | undefined;
}

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break;
 * quotes doubled (RFC 4180).
 *
 * @example
 * import { csvField } from '@egov-vn/sdk';
 * csvField('gần 80%, "trên" 70'); // '"gần 80%, ""trên"" 70"'
 * csvField(null); // ''
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : value instanceof Date
          ? value.toISOString()
          : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of records (RFC 4180: CRLF line breaks, fields with commas, quotes
 * or line breaks quoted, quotes doubled). Text is kept as is: "Hòa Bình",
 * "gần 80%". Empty for null and undefined; objects as JSON.
 *
 * @example
 * import { createClient, toCsv, toRows } from '@egov-vn/sdk';
 * import { writeFileSync } from 'node:fs';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * const figures = await egov.observations({ within: '17' }).toArray({ limit: 1000 });
 * writeFileSync('hoa-binh.csv', toCsv(toRows(figures)));
 */
export function toCsv<R extends object>(rows: Iterable<R>, options: CsvOptions<Extract<keyof R, string>> = {}): string {
  const list = [...rows];
  const newline = options.newline ?? '\r\n';
  let columns: readonly string[] | undefined = options.columns;
  if (!columns) {
    const seen = new Set<string>();
    for (const row of list) for (const key of Object.keys(row)) seen.add(key);
    columns = [...seen];
  }
  const bom = options.bom ? '\uFEFF' : '';
  if (columns.length === 0) return bom;
  const lines: string[] = [];
  if (options.header !== false) lines.push(columns.map(csvField).join(','));
  for (const row of list) lines.push(columns.map((c) => csvField((row as Record<string, unknown>)[c])).join(','));
  return bom + lines.map((line) => line + newline).join('');
}
