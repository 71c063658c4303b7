/**
 * Extraction in bulk (issues 8 and 14):
 *  1. articles per second over the whole corpus — the five founding articles and the 45
 *     pages of `../shared/corpus-dev` — in one process (`extractObservations` in a loop), and
 *     through the CLI: one `egov extract` process per file versus one process for all of them;
 *  2. throughput against input size up to the 5 MB input limit: real article text repeated
 *     to each size, and the crafted inputs of the linear-time test ("80% " repeated, digits).
 *
 *   npx tsx bench/extract-throughput.bench.ts [--no-cli]
 *
 * The area index is built once, as the CLI does; its cost is reported apart.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAreaIndex, extractObservations } from '../packages/api/src/extraction/index.js';
import { loadAreas } from '../packages/schema/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.EGOV_SHARED_DIR ?? resolve(root, '../shared');
const founding = readdirSync(join(root, 'data/corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(root, 'data/corpus', f));
const dev = readdirSync(join(shared, 'corpus-dev'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(shared, 'corpus-dev', f));
const files = [...founding, ...dev];
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const t0 = performance.now();
const areas = buildAreaIndex(loadAreas('pre2025'));
const indexMs = performance.now() - t0;

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}`);
console.log(`area index (built once per process): ${indexMs.toFixed(0)} ms`);

// 1. In one process.
for (const t of texts) extractObservations(t, { areas }); // warm-up
const rounds = 5;
let figures = 0;
const t1 = performance.now();
for (let r = 0; r < rounds; r += 1) for (const t of texts) figures += extractObservations(t, { areas }).observations.length;
const ms = (performance.now() - t1) / rounds;
console.log(
  `\ncorpus: ${files.length} documents, ${(bytes / 1024).toFixed(0)} KB, ${figures / rounds} figures; ` +
    `in-process: ${ms.toFixed(0)} ms per pass = ${((files.length / ms) * 1000).toFixed(0)} articles/s`,
);

if (!process.argv.includes('--no-cli')) {
  const egov = (args: string[]): number => {
    const s = performance.now();
    execFileSync('node', ['--import', 'tsx', join(root, 'packages/api/src/cli/main.ts'), 'extract', ...args, '--json'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'ignore'],
      maxBuffer: 1 << 28,
    });
    return performance.now() - s;
  };
  const all = egov([join(root, 'data/corpus'), join(shared, 'corpus-dev')]);
  console.log(`CLI, one process for all ${files.length} files: ${all.toFixed(0)} ms = ${((files.length / all) * 1000).toFixed(1)} articles/s`);
  const sample = files.slice(0, 10);
  const each = sample.reduce((n, f) => n + egov([f]), 0) / sample.length;
  console.log(`CLI, one process per file (mean of ${sample.length}): ${each.toFixed(0)} ms per file = ${(1000 / each).toFixed(1)} articles/s`);
}

// 2. Throughput against size.
const article = texts.join('\n\n');
const make = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
console.log('\n| input | size | time | MB/s | figures |\n|---|---|---|---|---|');
for (const [name, unit] of [
  ['real articles, repeated', article],
  ['"80% " repeated', '80% '],
  ['one digit run', '1'],
  ['"100% cơ quan có mạng LAN, "', '100% cơ quan có mạng LAN, '],
] as const) {
  for (const size of [10_000, 100_000, 1_000_000, 5 * 1024 * 1024]) {
    const text = make(unit, size);
    const s = performance.now();
    const n = extractObservations(text, { areas, areaHint: '87' }).observations.length;
    const took = performance.now() - s;
    console.log(`| ${name} | ${(size / 1024).toFixed(0)} KB | ${took.toFixed(0)} ms | ${(size / 1024 / 1024 / (took / 1000)).toFixed(2)} | ${n} |`);
  }
}
