/**
 * Ingest benchmark: 1,000 synthetic articles, made by recombining sentences of
 * the corpus and of the extractor's labelled fixtures, ingested into a fresh
 * embedded (PGlite) database. Reproduce with:
 *
 *   npx tsx bench/ingest.bench.ts            # ARTICLES=1000 by default
 *
 * It prints the time to extract, to ingest (one transaction), and in total.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestDocuments, loadDataset, migrateToLatest, openDatabase, type IngestInput } from '@egov-vn/api';
import { buildAreaIndex, extractObservations } from '@egov-vn/api/extraction';
import { loadAreas } from '@egov-vn/schema';

const ARTICLES = Number(process.env.ARTICLES ?? 1000);
const root = new URL('../', import.meta.url);

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 30);
}

function corpusTexts(): string[] {
  const corpus = new URL('data/corpus/', root);
  const fixtures = new URL('packages/api/test/extraction/fixtures/', root);
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, corpus), 'utf8'));
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.json'))) {
    const parsed = JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')) as unknown;
    const items = Array.isArray(parsed) ? parsed : [parsed];
    for (const item of items) if (item && typeof item === 'object' && 'text' in item) texts.push(String(item.text));
  }
  return texts;
}

// A seeded generator, so every run ingests the same articles.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

const sentences = corpusTexts().flatMap(sentencesOf);
const provinces = loadAreas('pre2025').filter((a) => a.level === 'PROVINCE');
const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const articles = Array.from({ length: ARTICLES }, (_, i) => {
  const province = pick(provinces);
  const day = String(1 + (i % 28)).padStart(2, '0');
  const body = Array.from({ length: 8 + Math.floor(next() * 8) }, () => pick(sentences)).join(' ');
  return `Tỉnh ${province.nameVi}: ứng dụng CNTT trong cơ quan nhà nước (${i})\n\n${day}/0${1 + (i % 9)}/20${10 + (i % 12)} 08:00\n\n${body}\n`;
});
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);

const dir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
const handle = await openDatabase({ dataDir: dir });
await migrateToLatest(handle.db);
await loadDataset(handle.db);

const t0 = performance.now();
const areas = buildAreaIndex(loadAreas('pre2025'));
const inputs: IngestInput[] = articles.map((text, i) => ({ path: `article-${i}.txt`, text, extraction: extractObservations(text, { areas }) }));
const t1 = performance.now();
const reports = await ingestDocuments(handle.db, inputs);
const t2 = performance.now();
await handle.close();
rmSync(dir, { recursive: true, force: true });

const figures = reports.reduce((sum, r) => sum + r.candidates, 0);
console.log(`articles: ${ARTICLES} (${(bytes / 1024).toFixed(0)} KiB, ${sentences.length} source sentences), figures: ${figures}`);
console.log(`extract: ${((t1 - t0) / 1000).toFixed(2)} s (includes building the area index)`);
console.log(`ingest (one transaction, PGlite): ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`total: ${((t2 - t0) / 1000).toFixed(2)} s`);
