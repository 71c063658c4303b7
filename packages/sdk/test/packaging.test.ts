import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { INDICATOR_CODES } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: a clean checkout of the SDK (the files git
// tracks, no dist/) packed with `pnpm pack`, whose `prepack` builds it, checked
// by `npm publish --dry-run`, installed from the tarball into a fresh project
// without network, then used from ESM and CommonJS, type-checked from both, and linted.

const run = promisify(execFile);
const SDK = new URL('..', import.meta.url).pathname;
const REPO = new URL('../../..', import.meta.url).pathname;
const bin = (name: string) => join(SDK, 'node_modules', '.bin', name);
const sh = (file: string, args: string[], cwd: string) =>
  run(file, args, { cwd, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });

let stage: string;
let consumer: string;
let tarball: string;
let checkout: string;
let dryRun: string;

beforeAll(async () => {
  stage = mkdtempSync(join(tmpdir(), 'egov-sdk-stage-'));
  consumer = mkdtempSync(join(tmpdir(), 'egov-sdk-consumer-'));
  // A clean checkout: what git tracks (or would track) of the SDK and the contract it builds from.
  const { stdout: files } = await sh(
    'git',
    ['ls-files', '-co', '--exclude-standard', 'packages/sdk', 'packages/api/schema.graphql', 'packages/api/package.json', 'packages/schema/package.json', 'package.json', 'pnpm-workspace.yaml', 'tsconfig.base.json'],
    REPO,
  );
  for (const file of files.split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(stage, 'checkout', file)), { recursive: true });
    copyFileSync(join(REPO, file), join(stage, 'checkout', file));
  }
  checkout = join(stage, 'checkout', 'packages/sdk');
  symlinkSync(join(SDK, 'node_modules'), join(checkout, 'node_modules'));
  const { stdout } = await sh('npx', ['--yes', 'pnpm@10.34.8', 'pack', '--pack-destination', stage], checkout);
  tarball = join(stage, stdout.trim().split('\n').at(-1)!.split('/').at(-1)!);
  const published = await sh('npm', ['publish', '--dry-run', '--offline', tarball], stage);
  dryRun = published.stdout + published.stderr;

  cpSync(new URL('./packaging-fixtures', import.meta.url).pathname, consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  await sh('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], consumer);
  // Node's types for the Node-only type check (the SDK itself needs none).
  const nodeTypes = realpathSync(join(SDK, 'node_modules/@types/node'));
  cpSync(nodeTypes, join(consumer, 'node-types/node'), { recursive: true });
  cpSync(join(nodeTypes, '../../undici-types'), join(consumer, 'node_modules/undici-types'), { recursive: true });
}, 240_000);

afterAll(() => {
  for (const dir of [stage, consumer]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed SDK', () => {
  it('is built by prepack from a clean checkout, and npm would publish it', () => {
    expect(existsSync(join(checkout, 'dist/index.js'))).toBe(true); // the checkout had no dist: prepack built it
    const manifest = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
    expect(dryRun).toContain(`${manifest.name}@${manifest.version}`);
    expect(dryRun).toMatch(/total files:\s+15/);
  });

  it('ships only dist, the README, the changelog, the licence and the notices, with no dependencies', { timeout: 120_000 }, async () => {
    const { stdout } = await sh('tar', ['-tzf', tarball], stage);
    // The ES modules' shared code (the error classes) is one chunk, named by its hash.
    const files = stdout.trim().split('\n').map((f) => f.replace(/chunk-[\w-]+\.js$/, 'chunk-<hash>.js')).sort();
    expect(files).toEqual(
      [
        'package/CHANGELOG.md',
        'package/dist/chunk-<hash>.js',
        'package/dist/downloads.cjs',
        'package/dist/downloads.d.cts',
        'package/dist/downloads.d.ts',
        'package/dist/downloads.js',
        'package/LICENSE',
        'package/README.md',
        'package/THIRD_PARTY_NOTICES.md',
        'package/dist/index.cjs',
        'package/dist/index.d.cts',
        'package/dist/index.d.ts',
        'package/dist/index.js',
        'package/dist/schema.graphql',
        'package/package.json',
      ].sort(),
    );
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/@egov-vn/sdk/package.json'), 'utf8'));
    expect(installed.dependencies ?? {}).toEqual({});
    expect(installed.peerDependencies ?? {}).toEqual({});
    expect(installed.sideEffects).toBe(false);
  });

  it('works from an ES module', { timeout: 120_000 }, async () => {
    const { stdout } = await sh(process.execPath, ['esm.mjs'], consumer);
    expect(JSON.parse(stdout)).toEqual({
      rank: 'Provincial DTI rank',
      csv: 'id,value,quote\r\nx,80,"gần 80%, ""trên"" 70"\r\n',
      graphql: 'query Q($code: String!) {\n  indicator(code: $code) {\n    code\n  }\n}',
      error: ['EgovGraphQLError', 'GRAPHQL_ERROR', 'NOT_FOUND', 404],
      codes: INDICATOR_CODES.length,
      guard: [true, false, false],
      serverCodes: true,
      crossBuild: { instanceOf: false, isEgovError: true },
      release: 'http://egov.test/download/observations.csv?release=2026.1',
      downloaded: [['gần 80%,\r\n"trên" 70', null, 7]],
    });
  });

  it('works from CommonJS', { timeout: 120_000 }, async () => {
    const { stdout } = await sh(process.execPath, ['cjs.cjs'], consumer);
    expect(JSON.parse(stdout)).toEqual({
      rank: 'Provincial DTI rank',
      timeout: ['EgovTimeoutError', 'TIMEOUT'],
      schema: true,
      downloads: 'function',
    });
  });

  it('type-checks from ESM and CJS, strict, without skipLibCheck, with DOM or with Node types only', { timeout: 120_000 }, async () => {
    for (const project of ['tsconfig.dom.json', 'tsconfig.node.json']) {
      const result = await sh(bin('tsc'), ['-p', project], consumer).catch((e: { stdout: string }) => e);
      expect(result.stdout, project).toBe('');
    }
  });

  it('passes publint (strict)', { timeout: 120_000 }, async () => {
    const pkgDir = join(consumer, 'node_modules/@egov-vn/sdk');
    const { messages } = await publint({ pkgDir, strict: true, level: 'suggestion', pack: false });
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, manifest)}`)).toEqual([]);
  });

  it('passes @arethetypeswrong/cli in node10, node16 (CJS and ESM) and bundler resolution', { timeout: 120_000 }, async () => {
    // schema.graphql is a data file, not a module: nothing to resolve types for.
    const result = await sh(bin('attw'), [tarball, '--format', 'json', '--exclude-entrypoints', './schema.graphql'], stage).catch(
      (e: { stdout: string }) => e,
    );
    const report = JSON.parse(result.stdout);
    expect(report.problems).toEqual({});
    for (const entrypoint of ['.', './downloads']) {
      const resolutions = report.analysis.entrypoints[entrypoint].resolutions;
      expect(Object.keys(resolutions).sort(), entrypoint).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
    }
  });
});
