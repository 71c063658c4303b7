import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ParquetReader } from '@dsnp/parquetjs';
import { buildApp, createApiKey } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './sdk/csv-reader.js';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let admin: string;
let curator: string;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers: key ? { authorization: `Bearer ${key}` } : {} });
  const body = res.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** CSV text as records keyed by the header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** What the API answers for a filter, as the download's columns, in figure-key order. */
async function apiRows(filter: Record<string, unknown>): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await gql(
      `query($f: ObservationFilter, $a: String) { observations(filter: $f, first: 500, after: $a) { nodes { figureKey revision indicatorCode valueText period unit qualifier quote transcribedRow locator area { code } source { title publisher publishedAt url contentHash } } pageInfo { hasNextPage endCursor } } }`,
      { f: filter, a: after },
    );
    for (const n of data.observations.nodes) {
      rows.push({
        figure_key: n.figureKey,
        revision: String(n.revision),
        indicator: n.indicatorCode,
        area_code: n.area.code,
        period: n.period === null ? '' : String(n.period),
        value: n.valueText,
        unit: n.unit,
        qualifier: n.qualifier,
        // The export's `quote` column keeps a table figure's transcribed row (a release's bytes never change); the API names it transcribedRow.
        quote: n.quote ?? n.transcribedRow,
        locator: n.locator ?? '',
        source_hash: n.source.contentHash,
        source_title: n.source.title,
        source_publisher: n.source.publisher ?? '',
        source_published_at: n.source.publishedAt ?? '',
        source_url: n.source.url ?? '',
      });
    }
    if (!data.observations.pageInfo.hasNextPage) return rows.sort((a, b) => (a.figure_key! < b.figure_key! ? -1 : 1));
    after = data.observations.pageInfo.endCursor;
  }
}

const pick = (r: Record<string, unknown>) =>
  Object.fromEntries(['figure_key', 'revision', 'indicator', 'area_code', 'period', 'value', 'unit', 'qualifier', 'quote', 'locator', 'source_hash', 'source_title', 'source_publisher', 'source_published_at', 'source_url'].map((k) => [k, r[k] == null ? '' : String(r[k])]));

let release: { checksum: string };

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, databaseKind: database.kind });
  admin = (await createApiKey(database.db, 'admin-chi', 'admin')).key;
  curator = (await createApiKey(database.db, 'curator-an', 'curator')).key;
  release = (await gql(`mutation { createRelease(name: "2026.1", notes: "for downloads") { checksum } }`, {}, admin)).createRelease;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('bulk downloads', () => {
  let csv: Buffer;

  it('a whole release as CSV: the release checksum is its sha256 and its ETag; every figure the API returns, with provenance', async () => {
    const res = await get('/download/observations.csv?release=2026.1');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="egov-vn-observations-2026.1.csv"');
    expect(res.headers.etag).toBe(`"${release.checksum}"`);
    expect(res.headers['cache-control']).toContain('immutable');
    csv = res.rawPayload;
    expect(sha256(csv)).toBe(release.checksum);
    const records = csvRecords(csv.toString('utf8'));
    expect(records.map(pick)).toEqual(await apiRows({ release: '2026.1' }));
    expect(records.length).toBeGreaterThan(100);
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['gov_level', 'component', 'area_name', 'published_at', 'source_licence', 'quote_start', 'quote_end']));
  });

  it('JSON Lines and Parquet hold the same rows', async () => {
    const expected = csvRecords(csv.toString('utf8')).map(pick);
    const jsonl = await get('/download/observations.jsonl?release=2026.1');
    expect(jsonl.headers['content-type']).toBe('application/jsonl; charset=utf-8');
    expect(jsonl.headers.etag).toBe(`"${release.checksum}.jsonl"`);
    const lines = jsonl.payload.trimEnd().split('\n').map((l: string) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map(pick).map((r) => ({ ...r, value: String(Number(r.value)) }))).toEqual(expected.map((r) => ({ ...r, value: String(Number(r.value)) })));

    const parquet = await get('/download/observations.parquet?release=2026.1');
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    const reader = await ParquetReader.openBuffer(parquet.rawPayload);
    const cursor = reader.getCursor();
    const rows: Record<string, unknown>[] = [];
    for (let row = await cursor.next(); row; row = await cursor.next()) rows.push(row as Record<string, unknown>);
    await reader.close();
    expect(rows.map(pick).map((r) => ({ ...r, value: String(Number(r.value)) }))).toEqual(expected.map((r) => ({ ...r, value: String(Number(r.value)) })));
  });

  it('a release file stays byte for byte the same after a correction; the live file changes', async () => {
    const liveBefore = await get('/download/observations.csv');
    const target = csvRecords(csv.toString('utf8')).find((r) => r.indicator === 'dti_rank')!;
    const newValue = target.value === '1' ? '2' : String(Number(target.value) - 1);
    await gql(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, { i: { figureKey: target.figure_key, expectedRevision: Number(target.revision), value: newValue, reason: 'typo' } }, curator);
    const again = await get('/download/observations.csv?release=2026.1');
    expect(sha256(again.rawPayload)).toBe(release.checksum);
    const liveAfter = await get('/download/observations.csv');
    expect(liveAfter.headers.etag).not.toBe(liveBefore.headers.etag);
    expect(csvRecords(liveAfter.payload).find((r) => r.figure_key === target.figure_key)).toMatchObject({ value: newValue, revision: String(Number(target.revision) + 1) });
    expect(liveAfter.headers['cache-control']).toBe('no-cache');
    expect(liveAfter.headers['content-disposition']).toBe('attachment; filename="egov-vn-observations.csv"');
  });

  it('answers If-None-Match with 304, and gzip when asked', async () => {
    const cached = await get('/download/observations.csv?release=2026.1', { 'if-none-match': `"${release.checksum}"` });
    expect(cached.statusCode).toBe(304);
    expect(cached.rawPayload.length).toBe(0);
    for (const file of ['observations.csv', 'observations.jsonl']) {
      const plain = await get(`/download/${file}?release=2026.1`);
      const zipped = await get(`/download/${file}?release=2026.1`, { 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    }
  });

  it('takes the API filters: the same figures as the API for the same filter, in a bounded number of statements', async () => {
    database.statements.length = 0;
    const res = await get('/download/observations.csv?indicator=dti_rank&period=2022&areaLevel=PROVINCE');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="egov-vn-observations-filtered.csv"');
    const records = csvRecords(res.payload);
    expect(records.length).toBeGreaterThan(60);
    expect(records.map(pick)).toEqual(await apiRows({ indicator: 'dti_rank', period: 2022, areaLevel: 'PROVINCE' }));
    // Resolving the filter, the ETag, and one keyset batch per 2,000 rows (plus the empty-check): never a statement per row.
    expect(database.statements.filter((s) => /from "observation"/.test(s)).length).toBeLessThanOrEqual(3);
    const dims = csvRecords((await get('/download/observations.csv?component=OVERALL&indicators=dti_rank,dti_score')).payload);
    expect(dims.length).toBeGreaterThan(0);
    expect(new Set(dims.map((r) => r.component))).toEqual(new Set(['OVERALL']));
  });

  it('refuses what it cannot answer with a coded error', async () => {
    const cases: [string, number, string][] = [
      ['/download/observations.csv?areaLevel=VILLAGE', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?colour=red', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?period=20x2', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?indicator=not_a_code', 404, 'NOT_FOUND'],
      ['/download/observations.csv?release=1999.1', 404, 'NOT_FOUND'],
      ['/download/observations.xlsx', 404, 'NOT_FOUND'],
      ['/download/observations.csv?periodFrom=2020&periodTo=2010', 400, 'BAD_USER_INPUT'],
    ];
    for (const [url, status, code] of cases) {
      const res = await get(url);
      expect([url, res.statusCode, res.json().errors[0].extensions.code]).toEqual([url, status, code]);
    }
  });
});
