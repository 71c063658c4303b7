import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface CsvLine {
  /** The line exactly as in the file: what a figure read from it quotes. */
  line: string;
  /** 1-based line number in the file (the header is line 1). */
  lineNo: number;
  record: Record<string, string>;
}

/** Lines of a CSV file, each a complete record (no embedded newlines), parsed one by one. */
export function readCsvLines(file: string): { header: string; columns: string[]; rows: CsvLine[] } {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // CRLF throughout is one line ending; a stray CR elsewhere would end up in a quote.
  const crlf = text.includes('\r\n');
  if (crlf) text = text.replaceAll('\r\n', '\n');
  if (text.includes('\r')) throw new Error(`${file}: unexpected CR in a line`);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = lines.shift();
  if (header === undefined) throw new Error(`${file}: empty`);
  const columns = parseCsvLine(header, file);
  const rows = lines.map((line, i) => {
    const values = parseCsvLine(line, `${file}:${i + 2}`);
    if (values.length !== columns.length) {
      throw new Error(`${file}:${i + 2}: ${values.length} fields, header has ${columns.length}`);
    }
    const record: Record<string, string> = {};
    columns.forEach((c, j) => (record[c] = values[j] ?? ''));
    return { line, lineNo: i + 2, record };
  });
  return { header, columns, rows };
}

function parseCsvLine(line: string, where: string): string[] {
  const records = parse(line, { relax_column_count: false }) as string[][];
  const first = records[0];
  if (records.length !== 1 || !first) throw new Error(`${where}: not exactly one CSV record`);
  return first;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
