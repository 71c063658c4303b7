import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  applyDecisions,
  createEgovYoga,
  ingestDocuments,
  listForReview,
  readDocumentFile,
  type IngestInput,
} from '@egov-vn/api';
import { buildAreaIndex, extractObservations } from '@egov-vn/api/extraction';
import { loadAreas } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../packages/api/src/cli/main.ts', import.meta.url));
const CORPUS = fileURLToPath(new URL('../data/corpus/', import.meta.url));
const areas = buildAreaIndex(loadAreas('pre2025'));

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

function input(path: string, text = readDocumentFile(path)): IngestInput {
  return { path, text, extraction: extractObservations(text, { areas }) };
}

async function countRows() {
  const row = await database.db.selectFrom('observation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function approvedSnapshot() {
  return database.db
    .selectFrom('observation')
    .select(['natural_key', 'value', 'period', 'review_status'])
    .where('review_status', '!=', 'CANDIDATE')
    .orderBy('natural_key')
    .execute();
}

const ARTICLE = `Tỉnh Lào Cai đẩy mạnh ứng dụng CNTT

15/03/2016 08:00
Đến nay, 95% cán bộ, công chức cấp tỉnh được trang bị máy tính. Toàn tỉnh có 120.500 thuê bao internet.
Mục tiêu đến năm 2020, 100% văn bản được trao đổi dưới dạng điện tử.`;

describe('ingest and review', () => {
  it('re-ingesting the corpus never duplicates and never touches reviewed figures', async () => {
    const before = await approvedSnapshot();
    const files = ['000_c8fd8d4f8057ae55.txt', '001_266311974f25accf.txt', '002_863e4aaba687dddf.txt', '004_66613e91cb5d9091.txt'];
    const inputs = files.map((f) => input(join(CORPUS, f)));
    await ingestDocuments(database.db, inputs);
    const rowsAfterFirst = await countRows();
    const second = await ingestDocuments(database.db, inputs);
    expect(second.every((r) => r.inserted === 0 && r.revised === 0 && r.removed === 0)).toBe(true);
    expect(await countRows()).toBe(rowsAfterFirst);
    expect(await approvedSnapshot()).toEqual(before);
  });

  it('stores a new article as candidates that stay private until approved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-ingest-'));
    const path = join(dir, 'lao-cai.txt');
    writeFileSync(path, ARTICLE);
    const [report] = await ingestDocuments(database.db, [input(path)]);
    expect(report!.candidates).toBeGreaterThanOrEqual(2);

    const candidates = await listForReview(database.db, { sourceHash: report!.sourceHash });
    expect(candidates.map((c) => [c.indicator_code, c.area_code, Number(c.value), c.period, c.status])).toEqual(
      expect.arrayContaining([
        ['officials_with_computer_pct', '10', 95, 2016, 'ACTUAL'],
        ['internet_subscribers', '10', 120500, 2016, 'ACTUAL'],
      ]),
    );

    const yoga = createEgovYoga(database.db);
    const ask = async (filter: string) =>
      ((await (await yoga.fetch('http://t/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ observations(filter: { area: "10" ${filter} }) { totalCount } }` }) })).json()) as any).data.observations.totalCount;
    const publicBefore = await ask('');
    expect(await ask(', reviewStatus: [CANDIDATE]')).toBe(candidates.length);

    const decisions = candidates.map((c) => ({
      figureKey: c.natural_key,
      decision: c.indicator_code === 'internet_subscribers' ? ('REJECTED' as const) : ('APPROVED' as const),
      source: c.source_hash,
      indicator: c.indicator_code,
      areaCode: c.area_code,
      period: c.period,
      value: c.value,
      // The text the offsets locate (an article's words here).
      quote: c.quote ?? c.transcribed_row ?? '',
    }));
    await database.db.transaction().execute((trx) => applyDecisions(trx, decisions));
    const approved = decisions.filter((d) => d.decision === 'APPROVED').length;
    expect(await ask('')).toBe(publicBefore + approved);
    expect(await ask(', reviewStatus: [REJECTED]')).toBe(1);

    // A re-ingest after the decisions leaves them alone.
    const [again] = await ingestDocuments(database.db, [input(path)]);
    expect(again).toMatchObject({ inserted: 0, revised: 0, removed: 0 });
    expect(await ask('')).toBe(publicBefore + approved);
  });

  it('writes nothing when one document of a batch fails', async () => {
    const before = await countRows();
    const good = input(join(CORPUS, '000_c8fd8d4f8057ae55.txt'), `${ARTICLE}\nThêm một dòng.`);
    const bad = input(join(CORPUS, '001_266311974f25accf.txt'));
    bad.extraction.observations.push({ ...bad.extraction.observations[0]!, areaCode: '99999' });
    await expect(ingestDocuments(database.db, [good, bad])).rejects.toThrow(/unknown area/);
    expect(await countRows()).toBe(before);
  });
});

describe('egov ingest refuses bad files with a clear error and a non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-bad-'));
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty file/],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['latin1.txt', Buffer.from([0x54, 0xe9, 0x6c, 0xe9, 0x20, 0x0a]), /not valid UTF-8/],
    ['huge.txt', 'x'.repeat(6 * 1024 * 1024), /limit/],
  ];
  it.each(cases)('%s', async (name, content, message) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const result = await run('npx', ['tsx', CLI, 'ingest', path], { env: { ...process.env, EGOV_DATA_DIR: join(dir, 'never-created') } }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('an unknown area hint', async () => {
    const result = await run('npx', ['tsx', CLI, 'ingest', join(CORPUS, '002_863e4aaba687dddf.txt'), '--area', 'Atlantis'], {
      env: { ...process.env, EGOV_DATA_DIR: join(dir, 'never-created') },
    }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown area "Atlantis"/);
  });
});
