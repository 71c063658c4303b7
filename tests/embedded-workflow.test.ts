import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process.js';
import { adminQuery, databaseUrl } from './support/postgres-server.js';
import { TEST_DB } from './support/test-database.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../packages/api/src/cli/main.ts', import.meta.url));
const ARTICLE = `Tỉnh Hà Giang đẩy mạnh ứng dụng CNTT

20/04/2017 09:00
Đến nay, 91% cán bộ, công chức cấp tỉnh được trang bị máy tính. Toàn tỉnh có 85.300 thuê bao internet.`;

const dir = mkdtempSync(join(tmpdir(), 'egov-workflow-'));
const dbName = `egov_t_curate_wf_${process.pid}`;
// The one workflow of the README, on either database: the server runs, the CLI writes, the server shows it.
const env: Record<string, string> =
  TEST_DB === 'postgres' ? { DATABASE_URL: databaseUrl(dbName), EGOV_DATA_DIR: join(dir, 'unused') } : { DATABASE_URL: '', EGOV_DATA_DIR: join(dir, 'pglite') };

let api: ApiProcess | undefined;

async function startServer(): Promise<string> {
  api = startApiProcess({ env });
  const origin = await api.origin();
  await api.waitForLine(/egov-vn API ready/, 120_000);
  return origin;
}

async function stopServer() {
  api!.child.kill('SIGTERM');
  expect((await api!.exited).code).toBe(0);
  api = undefined;
}

async function egov(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env, EGOV_CURATOR: 'curator-dung' } });
}

async function figuresOf(origin: string, source: string) {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ observations(filter: { source: "${source}" }) { nodes { indicatorCode value reviewStatus reviewedBy } } }` }),
  });
  return ((await res.json()) as any).data.observations.nodes as { indicatorCode: string; value: number; reviewStatus: string; reviewedBy: string }[];
}

beforeAll(async () => {
  if (TEST_DB === 'postgres') await adminQuery(`create database ${dbName} template ${inject('template')}`);
  else cpSync(inject('template'), env.EGOV_DATA_DIR!, { recursive: true });
});
afterAll(async () => {
  api?.killGroup();
  if (TEST_DB === 'postgres') await adminQuery(`drop database if exists ${dbName}`);
  rmSync(dir, { recursive: true, force: true });
});

describe('one curator workflow on both databases', () => {
  it('the CLI adds and approves while the server runs; the figures appear at once and survive a restart', { timeout: 600_000 }, async () => {
    let origin = await startServer();
    const file = join(dir, 'ha-giang.txt');
    writeFileSync(file, ARTICLE);
    const added = await egov('source', 'add', file, '--url', 'https://example.gov.vn/ha-giang', '--publisher', 'Báo Hà Giang', '--licence', 'all rights reserved', '--json');
    const report = JSON.parse(added.stdout) as { sourceHash: string; inserted: number };
    expect(report.inserted).toBe(2);
    expect(await figuresOf(origin, report.sourceHash)).toEqual([]);

    const listed = await egov('review', 'list', '--source', report.sourceHash.slice(0, 16), '--json');
    const quotes = (JSON.parse(listed.stdout) as { quote: string }[]).map((c) => c.quote);
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) expect(ARTICLE).toContain(quote);
    expect(quotes.some((q) => q.includes('91%')) && quotes.some((q) => q.includes('85.300'))).toBe(true);
    const approved = await egov('review', 'approve', '--source', report.sourceHash.slice(0, 16));
    if (TEST_DB === 'pglite') expect(approved.stdout).toMatch(/through the server at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    const live = await figuresOf(origin, report.sourceHash);
    expect(live.map((f) => [f.indicatorCode, f.value, f.reviewStatus]).sort()).toEqual([
      ['internet_subscribers', 85300, 'APPROVED'],
      ['officials_with_computer_pct', 91, 'APPROVED'],
    ]);
    // Through the server the local admin key writes for the CLI's user, and says so.
    expect(live[0]!.reviewedBy).toBe(TEST_DB === 'pglite' ? 'curator-dung (via local-cli)' : 'curator-dung');

    // Keys are managed the same way while the server runs, and the new key works against it at once.
    const key = (await egov('keys', 'create', '--name', 'reporter-giang', '--scope', 'curator')).stdout.trim();
    expect(key).toMatch(/^egov_[0-9a-f]{12}_/);
    // Authenticated (the key is checked before the empty list is refused), then refused once revoked.
    const asReporter = async () =>
      ((await (
        await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query: 'mutation { approveFigures(figureKeys: []) { figureKey } }' }),
        })
      ).json()) as any).errors[0].extensions.code;
    expect(await asReporter()).toBe('INVALID_REVIEW');
    expect((await egov('keys', 'list')).stdout).toMatch(/curator\s+reporter-giang/);
    await egov('keys', 'revoke', key.split('_')[1]!);
    expect((await egov('keys', 'list')).stdout).toMatch(/reporter-giang .*REVOKED/);
    expect(await asReporter()).toBe('UNAUTHENTICATED');

    await stopServer();
    if (TEST_DB === 'pglite') expect(existsSync(join(env.EGOV_DATA_DIR!, 'egov-server.json'))).toBe(false);
    origin = await startServer();
    expect((await figuresOf(origin, report.sourceHash)).map((f) => f.reviewStatus)).toEqual(['APPROVED', 'APPROVED']);

    // The review reads go through the server as well. A new version of the article at its address
    // no longer states the internet figure: the published one is up for withdrawal.
    writeFileSync(file, ARTICLE.replace(' Toàn tỉnh có 85.300 thuê bao internet.', ''));
    const revised = await egov('source', 'add', file, '--url', 'https://example.gov.vn/ha-giang', '--publisher', 'Báo Hà Giang', '--licence', 'all rights reserved', '--json');
    const newVersion = JSON.parse(revised.stdout) as { sourceHash: string };
    expect(newVersion).toMatchObject({ previousVersion: report.sourceHash, vanished: 1 });
    const reads = async (out: string) => {
      const withdrawals = JSON.parse((await egov('review', 'list', '--withdrawals', '--json')).stdout) as { natural_key: string; quote: string }[];
      const stale = JSON.parse((await egov('review', 'list', '--stale', '--json')).stdout) as unknown[];
      await egov('review', 'export', '--out', out);
      return { withdrawals, stale, files: readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), 'utf8')] as const) };
    };
    const throughServer = await reads(join(dir, 'export-live'));
    expect(throughServer.withdrawals.map((w) => w.quote)).toEqual([expect.stringContaining('85.300')]);
    expect(throughServer.stale).toEqual([]);
    // Both versions' decided figures are exported: the one left on the old version, the one carried to the new.
    const exported = throughServer.files.map(([name]) => name);
    expect(exported).toContain(`${report.sourceHash.slice(0, 16)}.json`);
    expect(exported).toContain(`${newVersion.sourceHash.slice(0, 16)}.json`);

    await stopServer();

    // With the server stopped the CLI opens the database itself, and reads the same.
    const stale = await egov('review', 'list', '--stale');
    expect(stale.stdout).toMatch(/no stale decisions/);
    const direct = await reads(join(dir, 'export-direct'));
    expect(direct.withdrawals.map((w) => w.natural_key)).toEqual(throughServer.withdrawals.map((w) => w.natural_key));
    expect(direct.stale).toEqual(throughServer.stale);
    expect(direct.files).toEqual(throughServer.files);
    expect(direct.files.length).toBeGreaterThan(1);
  });
});
