import { createHash } from 'node:crypto';
import { buildApp, createApiKey } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './sdk/csv-reader.js';
import { expectCodedErrors } from './support/coded-errors.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let admin: string;
let curator: string;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const get = (url: string) => app.inject({ method: 'GET', url });

async function gql(query: string, key: string): Promise<any> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query }, headers: { authorization: `Bearer ${key}` } });
  const body = res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const SERIES = ['gov_level', 'service_level', 'service_mode', 'settlement', 'component'];
/** A cell's key: indicator, series, area, period. */
const cellKey = (r: Record<string, unknown>) => [r.indicator, ...SERIES.map((c) => r[c] ?? ''), r.area_ref, r.period].join('|');

let matrix: Record<string, string>[];
let figures: Record<string, string>[];
let validity: Map<string, { from: string | null; to: string | null }>;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, databaseKind: database.kind });
  admin = (await createApiKey(database.db, 'admin-chi', 'admin')).key;
  curator = (await createApiKey(database.db, 'curator-an', 'curator')).key;
  await gql(`mutation { createRelease(name: "2026.1", notes: "for the coverage matrix") { name } }`, admin);
  figures = csvRecords((await get('/download/observations.csv?release=2026.1')).payload);
  const areas = await database.db.selectFrom('area').select(['geography', 'code', 'valid_from', 'valid_to']).execute();
  const day = (d: unknown) => (d === null ? null : d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
  validity = new Map(areas.map((a) => [`${a.geography}:${a.code}`, { from: day(a.valid_from), to: day(a.valid_to) }]));
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the coverage matrix download', () => {
  it("a release's matrix: one row per area × series × period, every dated figure counted in its cell, in a bounded number of statements", async () => {
    database.statements.length = 0;
    const res = await get('/download/coverage.csv?release=2026.1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="egov-vn-coverage-2026.1.csv"');
    expect(res.headers['cache-control']).toContain('immutable');
    // Per indicator: its shape, then one batch of units and one count per batch; never a statement per cell.
    const indicators = new Set(figures.map((f) => f.indicator));
    expect(database.statements.length).toBeLessThan(10 + 3 * indicators.size);
    matrix = csvRecords(res.payload);
    expect(matrix.length).toBeGreaterThan(10_000);
    expect(new Set(matrix.map(cellKey)).size).toBe(matrix.length);

    const dated = figures.filter((f) => f.period !== '');
    const perCell = new Map<string, number>();
    for (const f of dated) perCell.set(cellKey(f), (perCell.get(cellKey(f)) ?? 0) + 1);
    const filled = matrix.filter((c) => c.state === 'HAS_VALUE');
    expect(new Map(filled.map((c) => [cellKey(c), Number(c.figure_count)]))).toEqual(perCell);
    expect(matrix.filter((c) => c.state !== 'HAS_VALUE').every((c) => c.figure_count === '0')).toBe(true);

    // Complete: each indicator's rows are its units × its series × its periods.
    for (const code of indicators) {
      const mine = matrix.filter((c) => c.indicator === code);
      const units = new Set(mine.map((c) => c.area_ref)).size;
      const series = new Set(mine.map((c) => SERIES.map((s) => c[s]).join('|'))).size;
      const periods = new Set(mine.map((c) => c.period)).size;
      expect([code, mine.length]).toEqual([code, units * series * periods]);
    }
  });

  it('says why a cell is empty where the data tells: the unit did not exist, the period was published for the other geography, or not yet extracted', async () => {
    const states = new Set(matrix.map((c) => c.state));
    expect(states).toEqual(new Set(['HAS_VALUE', 'NOT_EXTRACTED', 'NOT_PUBLISHED', 'UNIT_DID_NOT_EXIST']));
    // Which geographies each (indicator, period, level) has figures on, from the figures download.
    const bases = new Map<string, Set<string>>();
    for (const f of figures.filter((f) => f.period !== '')) {
      const key = `${f.indicator}|${f.period}|${f.area_level}`;
      bases.set(key, (bases.get(key) ?? new Set()).add(f.geography!));
    }
    const existed = (ref: string, year: string) => {
      const v = validity.get(ref)!;
      return (v.from === null || v.from <= `${year}-12-31`) && (v.to === null || v.to >= `${year}-01-01`);
    };
    for (const c of matrix.filter((c) => c.state !== 'HAS_VALUE')) {
      const reported = bases.get(`${c.indicator}|${c.period}|${c.area_level}`) ?? new Set();
      const expected = reported.has(c.geography!)
        ? 'NOT_EXTRACTED'
        : !existed(c.area_ref!, c.period!)
          ? 'UNIT_DID_NOT_EXIST'
          : reported.size > 0
            ? 'NOT_PUBLISHED'
            : 'NOT_EXTRACTED';
      if (c.state !== expected) expect([cellKey(c), c.state]).toEqual([cellKey(c), expected]);
      expect(c.note).not.toBe('');
    }
    // Hà Nội's 34-province unit (from 1 July 2025) had no DTI rank in 2022: it did not exist.
    expect(matrix.find((c) => c.indicator === 'dti_rank' && c.component === 'OVERALL' && c.area_ref === 'post2025:01' && c.period === '2022')).toMatchObject({
      state: 'UNIT_DID_NOT_EXIST',
      area_name: 'Hà Nội',
    });
    // DTI 2024 was published for the 34 provinces too: a merged province without a figure is not yet extracted.
    const dti2024 = matrix.filter((c) => c.indicator === 'dti_rank' && c.component === 'OVERALL' && c.period === '2024' && c.geography === 'post2025');
    expect(dti2024.some((c) => c.state === 'HAS_VALUE')).toBe(true);
    expect(dti2024.filter((c) => c.state !== 'HAS_VALUE').every((c) => c.state === 'NOT_EXTRACTED')).toBe(true);
  });

  it('JSON Lines holds the same cells, counts as numbers', async () => {
    const res = await get('/download/coverage.jsonl?release=2026.1');
    expect(res.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    const lines = res.payload.trimEnd().split('\n').map((l: string) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(matrix.length);
    expect(typeof lines[0]!.period).toBe('number');
    expect(typeof lines[0]!.figure_count).toBe('number');
    const asText = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]));
    expect(lines.map(asText)).toEqual(matrix);
  });

  it('takes the download filters: a filtered matrix is that part of the whole one', async () => {
    const cases: [string, (c: Record<string, string>) => boolean][] = [
      ['indicator=dti_rank&geography=post2025&component=OVERALL', (c) => c.indicator === 'dti_rank' && c.geography === 'post2025' && c.component === 'OVERALL'],
      ['indicators=dti_rank,dti_score&periodFrom=2022&periodTo=2023&areaLevel=PROVINCE', (c) => ['dti_rank', 'dti_score'].includes(c.indicator!) && ['2022', '2023'].includes(c.period!) && c.area_level === 'PROVINCE'],
      ['area=pre2025:01', (c) => c.area_ref === 'pre2025:01'],
    ];
    for (const [query, keep] of cases) {
      const res = await get(`/download/coverage.csv?release=2026.1&${query}`);
      expect(res.headers['content-disposition']).toBe('attachment; filename="egov-vn-coverage-2026.1-filtered.csv"');
      const part = csvRecords(res.payload);
      expect(part.length).toBeGreaterThan(0);
      expect([query, part]).toEqual([query, matrix.filter(keep)]);
    }
  });

  it("a release's matrix stays byte for byte the same after a withdrawal; the current one shows the emptied cell", async () => {
    const before = await get('/download/coverage.csv?release=2026.1');
    const alone = new Set(matrix.filter((c) => c.figure_count === '1').map(cellKey));
    const target = figures.find((f) => f.indicator === 'dti_rank' && f.period === '2022' && alone.has(cellKey(f)))!;
    const cell = matrix.find((c) => cellKey(c) === cellKey(target))!;
    expect(cell.figure_count).toBe('1');
    await gql(`mutation { withdrawFigure(figureKey: "${target.figure_key}", expectedRevision: ${target.revision}, reason: "coverage test") { revision } }`, curator);
    const after = await get('/download/coverage.csv?release=2026.1');
    expect(sha256(after.rawPayload)).toBe(sha256(before.rawPayload));
    expect(after.headers.etag).toBe(before.headers.etag);
    const live = csvRecords((await get('/download/coverage.csv?indicator=dti_rank&period=2022')).payload);
    expect(live.find((c) => cellKey(c) === cellKey(target))).toMatchObject({ state: 'NOT_EXTRACTED', figure_count: '0' });
  });

  it('refuses what it cannot answer with a coded error', async () => {
    await expectCodedErrors(get, [
      ['/download/coverage.parquet', 404, 'NOT_FOUND'],
      ['/download/coverage.csv?colour=red', 400, 'BAD_REQUEST'],
      ['/download/coverage.csv?release=1999.1', 404, 'NOT_FOUND'],
      ['/download/coverage.jsonl?indicator=not_a_code', 404, 'NOT_FOUND'],
    ]);
  });
});
