import { describe, expect, it } from 'vitest';
import { DOWNLOAD_COLUMNS_SINCE } from '../src/generated/download-columns.js';
import { csvRecordToRow, DOWNLOAD_COLUMNS } from '../src/downloads/download-row.js';

const missing = (column: string) => new Error(`no ${column}`);
/** A CSV record with every column of `columns` filled as the server writes it. */
const record = (columns: readonly string[]) =>
  Object.fromEntries(columns.map((c) => [c, c === 'period' ? '' : c === 'value' ? '80.50' : c === 'chosen' ? 'true' : c === 'conflict' ? 'false' : c === 'revision' ? '3' : `${c}-text`]));

describe('a CSV download row', () => {
  it('reads each cell by its column type: numbers, booleans, an empty nullable cell as null, text as is', () => {
    const row = csvRecordToRow(record(DOWNLOAD_COLUMNS), missing);
    expect(row).toMatchObject({ period: null, value: 80.5, revision: 3, chosen: true, conflict: false, source_title: 'source_title-text' });
    expect(Object.keys(row)).toEqual(DOWNLOAD_COLUMNS);
  });

  it('reads a release cut in an earlier export format (without the later columns), and refuses a file missing a column every format has', () => {
    const earlier = DOWNLOAD_COLUMNS.filter((c) => !(c in DOWNLOAD_COLUMNS_SINCE));
    expect(earlier.length).toBeLessThan(DOWNLOAD_COLUMNS.length);
    const row = csvRecordToRow(record(earlier), missing);
    expect('chosen' in row).toBe(false);
    expect(() => csvRecordToRow(record(earlier.filter((c) => c !== 'quote')), missing)).toThrow('no quote');
  });

  it('keeps a column a newer server added as text', () => {
    expect(csvRecordToRow({ ...record(DOWNLOAD_COLUMNS), transcribed_row: '25,Đà Nẵng' }, missing)).toMatchObject({ transcribed_row: '25,Đà Nẵng' });
  });
});
