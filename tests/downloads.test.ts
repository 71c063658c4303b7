import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { ParquetReader } from '@dsnp/parquetjs';
import { buildApp, contentChecksum, createApiKey } from '@egov-vn/api';
import { migrationProvider } from '@egov-vn/schema/migrations';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './sdk/csv-reader.js';
import { expectCodedErrors } from './support/coded-errors.js';
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
      `query($f: ObservationFilter, $a: String) { observations(filter: $f, first: 500, after: $a) { nodes { figureKey revision indicatorCode valueText period unit qualifier quote transcribedRow locator locatorEn area { code } source { title publisher publishedAt url contentHash } } pageInfo { hasNextPage endCursor } } }`,
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
        quote: n.quote ?? '',
        transcribed_row: n.transcribedRow ?? '',
        locator: n.locator ?? '',
        locator_en: n.locatorEn ?? '',
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

/** How the API's `selection` places every figure matching `filter`, by figure key, as the download's slice columns. */
async function apiStandings(filter: Record<string, unknown>): Promise<Map<string, Record<string, string>>> {
  const standings = new Map<string, Record<string, string>>();
  let after: string | null = null;
  for (;;) {
    const data: any = await gql(
      `query($f: ObservationFilter, $a: String) { observations(filter: $f, first: 500, after: $a) { nodes { figureKey selection { chosen rule conflicting alternatives { figureKey } } } pageInfo { hasNextPage endCursor } } }`,
      { f: filter, a: after },
    );
    for (const { figureKey, selection: s } of data.observations.nodes) {
      standings.set(figureKey, {
        conflict: String(s.alternatives.length > 0),
        chosen: String(s.chosen),
        alternatives_count: String(s.alternatives.length),
        choice_rule: s.rule,
        values_differ: String(s.conflicting),
        alternatives: s.alternatives.map((a: any) => a.figureKey).sort().join(' '),
      });
    }
    if (!data.observations.pageInfo.hasNextPage) return standings;
    after = data.observations.pageInfo.endCursor;
  }
}

const STANDING = ['conflict', 'chosen', 'alternatives_count', 'choice_rule', 'values_differ'] as const;
const standingOf = (r: Record<string, unknown>) => Object.fromEntries(STANDING.map((k) => [k, String(r[k])]));
/** The slice of a download row: indicator, dimensions, area, period, status. */
const sliceOf = (r: Record<string, unknown>) => ['indicator', 'gov_level', 'service_level', 'service_mode', 'settlement', 'component', 'area_ref', 'period', 'status'].map((k) => r[k] ?? '').join('|');

/** Every row of a download, parsed, in each format. */
async function downloadRows(query: string): Promise<Record<'csv' | 'jsonl' | 'parquet', Record<string, unknown>[]>> {
  const csvText = (await get(`/download/observations.csv${query}`)).payload;
  const jsonl = (await get(`/download/observations.jsonl${query}`)).payload.trimEnd().split('\n').map((l: string) => JSON.parse(l));
  const reader = await ParquetReader.openBuffer((await get(`/download/observations.parquet${query}`)).rawPayload);
  const cursor = reader.getCursor();
  const parquet: Record<string, unknown>[] = [];
  for (let row = await cursor.next(); row; row = await cursor.next()) parquet.push(row as Record<string, unknown>);
  await reader.close();
  return { csv: csvRecords(csvText), jsonl, parquet };
}

const pick = (r: Record<string, unknown>) =>
  Object.fromEntries(['figure_key', 'revision', 'indicator', 'area_code', 'period', 'value', 'unit', 'qualifier', 'quote', 'transcribed_row', 'locator', 'locator_en', 'source_hash', 'source_title', 'source_publisher', 'source_published_at', 'source_url'].map((k) => [k, r[k] == null ? '' : String(r[k])]));

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
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['gov_level', 'component', 'area_name', 'published_at', 'source_licence', 'quote_start', 'quote_end', ...STANDING]));
    // Nothing changed since the release was cut: its flags are what the API's selection says now.
    const standings = await apiStandings({ release: '2026.1' });
    expect(records.map((r) => [r.figure_key, standingOf(r)])).toEqual(records.map((r) => [r.figure_key, standingOf(standings.get(r.figure_key!)!)]));
  });

  it('flags every slice with several figures by the rule the API shows (chosen, alternatives, rule, disagreement): the same in CSV, JSON Lines and Parquet', async () => {
    const rows = await downloadRows('');
    const standings = await apiStandings({});
    expect(rows.csv.length).toBe(standings.size);
    // Each figure's flags are what GraphQL's `selection` says of it.
    for (const r of rows.csv) expect([r.figure_key, standingOf(r)]).toEqual([r.figure_key, standingOf(standings.get(r.figure_key as string)!)]);
    // JSON Lines and Parquet carry the same flags, as booleans and a number.
    for (const format of ['jsonl', 'parquet'] as const) {
      expect(rows[format].map((r) => [r.figure_key, standingOf(r)])).toEqual(rows.csv.map((r) => [r.figure_key, standingOf(r)]));
      const flagged = rows[format].find((r) => r.conflict === true)!;
      expect([typeof flagged.chosen, typeof flagged.alternatives_count]).toEqual(['boolean', 'number']);
    }
    // The real data has such slices (Trà Vinh's DTI 2022 rank from two pages): each has one chosen figure, and its
    // other rows are the figures GraphQL lists as alternatives.
    const slices = new Map<string, Record<string, unknown>[]>();
    for (const r of rows.csv) slices.set(sliceOf(r), [...(slices.get(sliceOf(r)) ?? []), r]);
    const several = [...slices.values()].filter((s) => s.length > 1);
    expect(several.length).toBeGreaterThan(0);
    expect(several.some((s) => s[0]!.indicator === 'dti_rank' && s[0]!.period === '2022' && s[0]!.area_code === '84')).toBe(true);
    for (const slice of several) {
      expect(slice.filter((r) => r.chosen === 'true')).toHaveLength(1);
      for (const r of slice) {
        expect(r).toMatchObject({ conflict: 'true', alternatives_count: String(slice.length - 1) });
        const others = slice.filter((o) => o !== r).map((o) => o.figure_key).sort().join(' ');
        expect(others).toBe(standings.get(r.figure_key as string)!.alternatives);
      }
    }
    for (const slice of [...slices.values()].filter((s) => s.length === 1)) expect(slice[0]).toMatchObject({ conflict: 'false', chosen: 'true', choice_rule: 'ONLY_FIGURE' });
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
    // Resolving the filter, the ETag, and per 2,000 rows one keyset batch and one read of their slices: never a statement per row.
    expect(database.statements.filter((s) => /from "observation"/.test(s)).length).toBeLessThanOrEqual(3);
    const dims = csvRecords((await get('/download/observations.csv?component=OVERALL&indicators=dti_rank,dti_score')).payload);
    expect(dims.length).toBeGreaterThan(0);
    expect(new Set(dims.map((r) => r.component))).toEqual(new Set(['OVERALL']));
  });

  it('refuses what it cannot answer with a coded error', async () => {
    await expectCodedErrors(get, [
      ['/download/observations.csv?areaLevel=VILLAGE', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?colour=red', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?period=20x2', 400, 'BAD_REQUEST'],
      ['/download/observations.csv?indicator=not_a_code', 404, 'NOT_FOUND'],
      ['/download/observations.csv?release=1999.1', 404, 'NOT_FOUND'],
      ['/download/observations.xlsx', 404, 'NOT_FOUND'],
      ['/download/observations.csv?periodFrom=2020&periodTo=2010', 400, 'BAD_USER_INPUT'],
    ]);
  });

  // Releases cut with an earlier export format, on the storage of their time: the last migration before the next format.
  const OLD_FORMATS = [
    { format: 1, name: '2025.1', before: '0010-observation-locator-en' },
    { format: 2, name: '2025.2', before: '0011-release-export-format' },
  ];
  const FORMAT_1_HEADER =
    'figure_key,revision,indicator,gov_level,service_level,service_mode,settlement,component,area_ref,area_code,area_name,area_level,geography,period,value,unit,qualifier,status,edition,methodology,note,published_at,source_hash,source_title,source_publisher,source_published_at,source_url,source_licence,quote,quote_start,quote_end,locator';

  it.each(OLD_FORMATS)('a release cut in export format $format keeps its file and checksum across the migrations that followed and later corrections', async ({ format, name, before }) => {
    const moment = new Date();
    const checksum = await contentChecksum(database.db, moment, format);
    // The database as it was then: migrated down; the release row as it was written then.
    const migrator = new Migrator({ db: database.db, provider: migrationProvider, allowUnorderedMigrations: true });
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    const storedQuotes = new Map(
      (await sql<{ natural_key: string; quote: string }>`select natural_key, quote from observation where review_status = 'APPROVED' and superseded_at is null`.execute(database.db)).rows.map((r) => [r.natural_key, r.quote]),
    );
    const formatColumn = format === 1 ? sql`` : sql`, export_format`;
    const formatValue = format === 1 ? sql`` : sql`, ${format}`;
    await sql`insert into dataset_release (name, notes, moment, created_by, observation_count, indicator_count, area_count, source_count, checksum, licence${formatColumn})
      values (${name}, 'cut in an earlier export format', ${moment}, 'admin-chi', 0, 0, 0, 0, ${checksum}, 'CC-BY-4.0'${formatValue})`.execute(database.db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const row = await database.db.selectFrom('dataset_release').select('export_format').where('name', '=', name).executeTakeFirstOrThrow();
    expect(row.export_format).toBe(format);

    const target = csvRecords((await get('/download/observations.csv')).payload).find((r) => r.indicator === 'dti_rank' && r.chosen === 'true')!;
    const corrected = await gql(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, { i: { figureKey: target.figure_key, expectedRevision: Number(target.revision), value: String(Number(target.value) + 1), reason: 'typo' } }, curator);
    expect(corrected.correctFigure.revision).toBe(Number(target.revision) + 1);

    const old = await get(`/download/observations.csv?release=${name}`);
    expect(old.headers.etag).toBe(`"${checksum}"`);
    expect(sha256(old.rawPayload)).toBe(checksum);
    // Its columns never change; its `quote` is the quote column as the database stored it then (a table's row too).
    expect(old.payload.slice(0, old.payload.indexOf('\r\n'))).toBe(format === 1 ? FORMAT_1_HEADER : [FORMAT_1_HEADER, ...STANDING].join(','));
    const records = csvRecords(old.payload);
    expect(records.map((r) => [r.figure_key, r.quote])).toEqual(records.map((r) => [r.figure_key, storedQuotes.get(r.figure_key!)]));
    expect(records.some((r) => r.locator !== '' && r.quote !== '')).toBe(true);
    const oldJson = JSON.parse((await get(`/download/observations.jsonl?release=${name}`)).payload.split('\n')[0]!);
    expect(Object.keys(oldJson)).not.toContain('transcribed_row');
  });

  it('a release cut now is in the current format: slice columns, and a table figure has no quote but its transcribed row', async () => {
    const next = (await gql(`mutation { createRelease(name: "2026.9", notes: "current format") { checksum } }`, {}, admin)).createRelease;
    const current = await get('/download/observations.csv?release=2026.9');
    expect(sha256(current.rawPayload)).toBe(next.checksum);
    const records = csvRecords(current.payload);
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining([...STANDING, 'transcribed_row', 'locator_en']));
    const tables = records.filter((r) => r.transcribed_row !== '');
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((r) => r.quote === '' && r.locator !== '')).toBe(true);
    expect(records.filter((r) => r.transcribed_row === '').every((r) => r.quote !== '')).toBe(true);
  });
});
