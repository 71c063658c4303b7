/**
 * Precision and recall of the extractor over a labelled set: the five corpus
 * documents (data/corpus, gold in observations.reviewed.json) and the
 * hand-labelled snippets and articles of test/extraction/fixtures/labelled-*.json.
 *
 * A figure matches a gold figure when indicator, dimensions, area, period,
 * value, qualifier and status are all equal; it must also quote text that
 * reproduces from its offsets and contains the number.
 *
 *   npx pnpm@10.34.8 --filter @egov-vn/api exec tsx scripts/evaluate-extraction.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAreas } from '@egov-vn/schema';
import { buildAreaIndex, extractObservations, type ExtractedObservation } from '../src/extraction/index.js';

interface GoldFigure {
  indicator: string;
  dimensions: Record<string, string>;
  areaCode: string;
  period: number | null;
  value: number | string;
  qualifier: string;
  status: string;
}

interface Case {
  id: string;
  set: 'corpus' | 'snippets' | 'articles';
  text: string;
  options: { areaHint?: string; publishedAt?: string };
  expected: GoldFigure[];
}

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const CORPUS = here('../../../data/corpus/');
const FIXTURES = here('../test/extraction/fixtures/');

function key(o: GoldFigure | ExtractedObservation): string {
  const dims = Object.entries(o.dimensions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',');
  return [o.indicator, dims, o.areaCode, o.period ?? 'null', Number(o.value), o.qualifier, o.status].join('|');
}

function loadCases(): Case[] {
  const docs = JSON.parse(readFileSync(`${CORPUS}documents.json`, 'utf8')) as Array<{ file: string }>;
  const gold = JSON.parse(readFileSync(`${CORPUS}observations.reviewed.json`, 'utf8')) as Array<GoldFigure & { document: string }>;
  const corpus: Case[] = docs.map((d) => ({
    id: d.file,
    set: 'corpus',
    text: readFileSync(`${CORPUS}${d.file}`, 'utf8'),
    options: {},
    expected: gold.filter((g) => g.document === d.file),
  }));
  const labelled = (file: string, set: Case['set']): Case[] =>
    (JSON.parse(readFileSync(`${FIXTURES}${file}`, 'utf8')) as Array<Omit<Case, 'set' | 'options'> & { options?: Case['options'] }>).map(
      (s): Case => ({ ...s, set, options: s.options ?? {} }),
    );
  const snippets = [...labelled('labelled-snippets.json', 'snippets'), ...labelled('labelled-articles.json', 'articles')];
  return [...corpus, ...snippets];
}

/**
 * Whether the quote reproduces from its offsets and shows a number (a share
 * like "27/27" is quoted as written, so the value itself need not appear).
 */
function quoteIsSound(text: string, o: ExtractedObservation): boolean {
  return text.slice(o.start, o.end) === o.quote && /\d/.test(o.quote);
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const areas = buildAreaIndex(loadAreas('pre2025'));
  const scores: Record<Case['set'], Score> = {
    corpus: { tp: 0, fp: 0, fn: 0 },
    snippets: { tp: 0, fp: 0, fn: 0 },
    articles: { tp: 0, fp: 0, fn: 0 },
  };
  let unsoundQuotes = 0;
  for (const c of loadCases()) {
    const result = extractObservations(c.text, { areas, ...c.options });
    const expected = new Map<string, number>();
    for (const g of c.expected) expected.set(key(g), (expected.get(key(g)) ?? 0) + 1);
    const lines: string[] = [];
    for (const o of result.observations) {
      if (!quoteIsSound(c.text, o)) unsoundQuotes += 1;
      const k = key(o);
      const left = expected.get(k) ?? 0;
      if (left > 0) {
        expected.set(k, left - 1);
        scores[c.set].tp += 1;
      } else {
        scores[c.set].fp += 1;
        lines.push(`  FP ${k}  «${o.quote.slice(0, 100)}»`);
      }
    }
    for (const [k, n] of expected) {
      for (let i = 0; i < n; i += 1) {
        scores[c.set].fn += 1;
        lines.push(`  FN ${k}`);
      }
    }
    if (lines.length > 0 || verbose) console.log(`${c.set} ${c.id}\n${lines.join('\n')}`);
  }
  const fmt = (s: Score): string => {
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    return `precision ${(precision * 100).toFixed(1)}%  recall ${(recall * 100).toFixed(1)}%  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  };
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  for (const s of Object.values(scores)) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
  }
  console.log(`corpus (5 documents):       ${fmt(scores.corpus)}`);
  console.log(`labelled snippets:          ${fmt(scores.snippets)}`);
  console.log(`labelled articles:          ${fmt(scores.articles)}`);
  console.log(`all:                        ${fmt(total)}`);
  console.log(`quotes that do not reproduce or lack the figure: ${unsoundQuotes}`);
}

main();
