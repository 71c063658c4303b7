import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RFC4180 } from '../../src/downloads/csv-options.js';

describe('RFC 4180 CSV options', () => {
  it('quote a field holding a bare line break, so a reader keeps it one field', () => {
    const text = stringify([{ quote: 'Tổng số\nTotal', note: 'a\rb', plain: 'x' }], { header: true, columns: ['quote', 'note', 'plain'], ...RFC4180 });
    expect(text).toBe('quote,note,plain\r\n"Tổng số\nTotal","a\rb",x\r\n');
  });
});
