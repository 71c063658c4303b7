import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { listForReview } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../packages/api/src/cli/main.ts', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../data/corpus/002_863e4aaba687dddf.txt', import.meta.url));
// A data folder that must never be created: every case is refused before the database is opened.
const NEVER = join(mkdtempSync(join(tmpdir(), 'egov-cli-input-')), 'never-created');

async function egov(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, EGOV_DATA_DIR: NEVER, DATABASE_URL: '' };
  return run(process.execPath, ['--import', 'tsx', CLI, ...args], { env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('the CLI refuses bad input with a clear error and a non-zero exit', () => {
  it('a LIKE wildcard as --source approves nothing', async () => {
    for (const pattern of ['%', 'abcdef_%']) {
      const result = await egov('review', 'approve', '--source', pattern);
      expect(result.code, pattern).toBe(1);
      expect(result.stderr).toMatch(/--source must be a content hash or a prefix of at least 6 hex digits/);
    }
  });

  it('an impossible --published date', async () => {
    for (const date of ['2020-13-45', '2021-02-29']) {
      const result = await egov('ingest', ARTICLE, '--published', date);
      expect(result.code, date).toBe(1);
      expect(result.stderr).toContain(`--published must be a calendar date YYYY-MM-DD, got "${date}"`);
    }
  });

  it('review apply on a missing file', async () => {
    const missing = join(NEVER, 'decisions.json');
    const result = await egov('review', 'apply', missing);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${missing}: no such decisions file`);
  });
});

describe('source prefixes are matched literally', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('"%" and "_" match no content hash; a real prefix matches its source', async () => {
    const statuses = ['CANDIDATE', 'APPROVED', 'REJECTED'] as const;
    const all = await listForReview(database.db, { statuses });
    expect(all.length).toBeGreaterThan(0);
    expect(await listForReview(database.db, { statuses, sourceHash: '%' })).toEqual([]);
    expect(await listForReview(database.db, { statuses, sourceHash: '_' })).toEqual([]);
    const prefix = all[0]!.source_hash.slice(0, 8);
    const one = await listForReview(database.db, { statuses, sourceHash: prefix });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((c) => c.source_hash.startsWith(prefix))).toBe(true);
  });
});
