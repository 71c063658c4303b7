import { describe, expect, it } from 'vitest';
import { createClient, csvField, OBSERVATION_COLUMNS, toCsv, toRows } from '../src/index.js';
import { ENDPOINT, observationPage, rawObservation, scriptedFetch } from './fetch-mock.js';

/** A strict RFC 4180 reader, to check that what toCsv writes reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === '') (quoted = true), i++;
    else if (c === ',') row.push(field), (field = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (field += c), i++;
  }
  if (field !== '' || row.length > 0) throw new Error('no final CRLF');
  return rows;
}

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "gần"', '"say ""gần"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [80, '80'],
    [0.4874, '0.4874'],
    [true, 'true'],
    [new Date('2012-11-28T00:00:00Z'), '2012-11-28T00:00:00.000Z'],
    [['PROVINCE', 'DISTRICT'], '"[""PROVINCE"",""DISTRICT""]"'],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const rows = [
    { area: 'Hòa Bình', quote: 'gần 80% cán bộ, công chức "cấp tỉnh"', value: 80 },
    { area: 'Chợ Đồn', quote: 'dòng 1\r\ndòng 2', value: null },
  ];

  it('writes a header, CRLF line ends and quoted fields; Vietnamese text intact', () => {
    const csv = toCsv(rows);
    expect(csv).toBe(
      'area,quote,value\r\n' +
        'Hòa Bình,"gần 80% cán bộ, công chức ""cấp tỉnh""",80\r\n' +
        'Chợ Đồn,"dòng 1\r\ndòng 2",\r\n',
    );
    expect(parseCsv(csv)).toEqual([
      ['area', 'quote', 'value'],
      ['Hòa Bình', 'gần 80% cán bộ, công chức "cấp tỉnh"', '80'],
      ['Chợ Đồn', 'dòng 1\r\ndòng 2', ''],
    ]);
    expect(csv.normalize('NFC')).toBe(csv);
  });

  it('takes columns, header, newline and BOM options', () => {
    expect(toCsv(rows, { columns: ['value', 'area'] })).toBe('value,area\r\n80,Hòa Bình\r\n,Chợ Đồn\r\n');
    expect(toCsv(rows, { columns: ['area'], header: false, newline: '\n' })).toBe('Hòa Bình\nChợ Đồn\n');
    expect(toCsv(rows, { columns: ['area'], bom: true }).startsWith('\uFEFFarea\r\n')).toBe(true);
  });

  it('unions the keys of all rows, in first-seen order', () => {
    expect(toCsv([{ a: 1 }, { b: 2, a: 3 }])).toBe('a,b\r\n1,\r\n3,2\r\n');
  });

  it('is empty for no rows and no columns, a header alone with columns', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([] as { a: number }[], { columns: ['a'] })).toBe('a\r\n');
  });
});

describe('toRows', () => {
  it('one tidy row per observation, with dimension and provenance columns', async () => {
    const fetch = scriptedFetch(observationPage([1, 2], { hasNextPage: false, endCursor: null }, 2));
    const figures = await createClient({ endpoint: ENDPOINT, fetch }).observations().toArray({ limit: 10 });
    const rows = toRows(figures);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual([...OBSERVATION_COLUMNS]);
    const raw = rawObservation(1);
    expect(rows[0]).toMatchObject({
      id: 'obs-1',
      indicator: 'officials_with_computer_pct',
      area_code: '17',
      area_name: 'Hoà Bình',
      period: 2012,
      value: 80,
      qualifier: 'APPROX',
      gov_level: 'PROVINCE',
      service_level: null,
      service_mode: null,
      settlement: null,
      component: null,
      source_title: raw.source.title,
      source_published_at: '2012-11-28',
      source_url: null,
      quote: raw.quote,
      citation: raw.citation,
    });
    const parsed = parseCsv(toCsv(rows));
    expect(parsed[0]).toEqual([...OBSERVATION_COLUMNS]);
    expect(parsed[1]![OBSERVATION_COLUMNS.indexOf('quote')]).toBe(raw.quote);
    expect(parsed[1]![OBSERVATION_COLUMNS.indexOf('citation')]).toBe(raw.citation);
  });
});
