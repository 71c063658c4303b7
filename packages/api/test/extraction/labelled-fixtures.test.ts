import { readFileSync } from 'node:fs';
import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, extractObservations, MATCHABLE_INDICATORS, type ExtractedObservation } from '../../src/extraction/index.js';

interface Expected {
  indicator: string;
  dimensions: Record<string, string>;
  areaCode: string;
  period: number | null;
  value: number;
  qualifier: string;
  status: string;
}

interface Labelled {
  id: string;
  about?: string;
  text: string;
  options?: { areaHint?: string; publishedAt?: string };
  expected: Expected[];
}

const load = (file: string): Labelled[] =>
  JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as Labelled[];
const snippets = load('labelled-snippets.json');
const articles = load('labelled-articles.json');
const areas = buildAreaIndex(loadAreas('pre2025'));

function key(o: Expected | ExtractedObservation): string {
  return JSON.stringify([o.indicator, o.dimensions, o.areaCode, o.period, Number(o.value), o.qualifier, o.status]);
}

describe.each([
  ['snippet', snippets],
  ['article', articles],
] as const)('labelled %s', (_, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = extractObservations(c.text, { areas, ...c.options });
    expect(result.observations.map(key).sort()).toEqual(c.expected.map(key).sort());
    for (const o of result.observations) expect(c.text.slice(o.start, o.end)).toBe(o.quote);
  });
});

describe('labelled set coverage', () => {
  const all = [...snippets, ...articles];
  it('has at least 60 labelled snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(60);
  });

  it('covers every indicator the matcher knows', () => {
    const seen = new Set(all.flatMap((c) => c.expected.map((e) => e.indicator)));
    expect(MATCHABLE_INDICATORS.filter((i) => !seen.has(i))).toEqual([]);
  });

  it('covers every qualifier, both statuses, undated figures and texts with nothing to extract', () => {
    const expected = all.flatMap((c) => c.expected);
    expect(new Set(expected.map((e) => e.qualifier))).toEqual(new Set(['EXACT', 'APPROX', 'MORE_THAN', 'LESS_THAN', 'AT_LEAST']));
    expect(new Set(expected.map((e) => e.status))).toEqual(new Set(['ACTUAL', 'TARGET']));
    expect(expected.some((e) => e.period === null)).toBe(true);
    expect(all.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it('has unique ids', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });
});
