import { parse } from 'csv-parse/sync';

/**
 * Reads back RFC 4180 CSV as the SDK and the API write it, with csv-parse held
 * to the standard: CRLF record ends only (a bare line break belongs to a quoted
 * field), every record as long as the header, no stray quotes, and a CRLF after
 * the last record.
 */
export function readCsv(text: string): string[][] {
  if (text !== '' && !text.endsWith('\r\n')) throw new Error('the last record has no CRLF');
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
}
