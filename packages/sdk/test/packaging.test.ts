import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a user gets it: built from the sources into a staging folder
// (never into dist/, which other tests may be reading), packed with `pnpm pack`,
// installed from the tarball into a fresh project without network, then used
// from ESM and CommonJS, type-checked from both, and linted.

const run = promisify(execFile);
const SDK = new URL('..', import.meta.url).pathname;
const bin = (name: string) => join(SDK, 'node_modules', '.bin', name);
const sh = (file: string, args: string[], cwd: string) =>
  run(file, args, { cwd, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });

let stage: string;
let consumer: string;
let tarball: string;

beforeAll(async () => {
  stage = mkdtempSync(join(tmpdir(), 'egov-sdk-stage-'));
  consumer = mkdtempSync(join(tmpdir(), 'egov-sdk-consumer-'));
  const dist = join(stage, 'dist');
  await sh(bin('tsup'), ['--out-dir', dist, '--silent'], SDK);
  await sh(bin('tsx'), ['scripts/build-types.ts', '--out-dir', dist], SDK);
  // The manifest as published: no scripts, no workspace-only devDependencies.
  const manifest = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
  delete manifest.devDependencies;
  delete manifest.scripts;
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['README.md', 'THIRD_PARTY_NOTICES.md', 'LICENSE']) copyFileSync(join(SDK, file), join(stage, file));
  const { stdout } = await sh('npx', ['--yes', 'pnpm@10.34.8', 'pack', '--pack-destination', stage], stage);
  tarball = join(stage, stdout.trim().split('\n').at(-1)!.split('/').at(-1)!);

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
  it('ships only dist, the README, the licence and the notices, with no dependencies', { timeout: 120_000 }, async () => {
    const { stdout } = await sh('tar', ['-tzf', tarball], stage);
    const files = stdout.trim().split('\n').sort();
    expect(files).toEqual(
      [
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
      codes: 32,
      crossBuild: { instanceOf: false, isEgovError: true },
    });
  });

  it('works from CommonJS', { timeout: 120_000 }, async () => {
    const { stdout } = await sh(process.execPath, ['cjs.cjs'], consumer);
    expect(JSON.parse(stdout)).toEqual({
      rank: 'Provincial DTI rank',
      timeout: ['EgovTimeoutError', 'TIMEOUT'],
      schema: true,
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
    const resolutions = report.analysis.entrypoints['.'].resolutions;
    expect(Object.keys(resolutions).sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
  });
});
