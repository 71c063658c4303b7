/**
 * Extraction speed on one ~6 KB article (corpus document 001, Cà Mau, 9 figures).
 *
 *   npx tsx bench/extract.bench.ts [runs]
 *
 * Prints the median and p95 of single extractions after a warm-up; the area
 * index is built once, as the CLI and the ingest do. Under `vitest bench` the
 * same work is registered as a vitest benchmark instead.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildAreaIndex, extractObservations } from '../packages/api/src/extraction/index.js';
import { loadAreas } from '../packages/schema/src/index.js';

const text = readFileSync(new URL('../data/corpus/001_266311974f25accf.txt', import.meta.url), 'utf8');

const indexStart = performance.now();
const areas = buildAreaIndex(loadAreas('pre2025'));
const indexMs = performance.now() - indexStart;

const extract = (): number => extractObservations(text, { areas }).observations.length;

if (process.env.VITEST) {
  const { bench } = await import('vitest');
  bench(`extract one ${(text.length / 1024).toFixed(1)} K-char article`, () => {
    extract();
  });
} else {
  const runs = Number(process.argv[2] ?? 500);
  for (let i = 0; i < 50; i += 1) extract();
  const times: number[] = [];
  let figures = 0;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    figures = extract();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpus().length} × ${cpu}, node ${process.version}`);
  console.log(`article: ${text.length} chars (${Buffer.byteLength(text)} bytes UTF-8), ${figures} figures`);
  console.log(`area index (pre2025, built once): ${indexMs.toFixed(1)} ms`);
  console.log(`runs: ${runs} (after 50 warm-up)`);
  console.log(`median: ${at(0.5).toFixed(2)} ms   p95: ${at(0.95).toFixed(2)} ms   min: ${at(0).toFixed(2)} ms   max: ${at(1).toFixed(2)} ms`);
}
