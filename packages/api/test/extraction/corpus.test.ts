import { readFileSync } from 'node:fs';
import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, extractObservations, type ExtractedObservation } from '../../src/extraction/index.js';

const CORPUS = new URL('../../../../data/corpus/', import.meta.url);
const areas = buildAreaIndex(loadAreas('pre2025'));

interface Gold {
  document: string;
  indicator: string;
  dimensions: Record<string, string>;
  areaCode: string;
  period: number | null;
  value: string;
  qualifier: string;
  status: string;
  quote: string;
  start: number;
  end: number;
}

const documents = JSON.parse(readFileSync(new URL('documents.json', CORPUS), 'utf8')) as Array<{
  file: string;
  title: string;
  publishedAt: string | null;
}>;
const gold = JSON.parse(readFileSync(new URL('observations.reviewed.json', CORPUS), 'utf8')) as Gold[];

/** The fields the evaluation matches on. */
function key(o: Gold | ExtractedObservation): string {
  return JSON.stringify([o.indicator, o.dimensions, o.areaCode, o.period, Number(o.value), o.qualifier, o.status]);
}

describe.each(documents)('corpus document $file', ({ file, title, publishedAt }) => {
  const text = readFileSync(new URL(file, CORPUS), 'utf8');
  const result = extractObservations(text, { areas });
  const expected = gold.filter((g) => g.document === file);

  it('yields exactly the reviewed figures', () => {
    expect(result.observations.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('quotes text that reproduces from its offsets and contains the figure', () => {
    for (const o of result.observations) {
      expect(text.slice(o.start, o.end)).toBe(o.quote);
      expect(o.quote).toMatch(/\d/);
    }
  });

  it("quotes each figure within the reviewer's quote or the sentence around it", () => {
    for (const g of expected) {
      const mine = result.observations.find((o) => key(o) === key(g));
      expect(mine).toBeDefined();
      if (!mine) continue;
      // Same span, or one span inside the other (a clause vs. its sentence).
      const overlap = Math.min(mine.end, g.end) - Math.max(mine.start, g.start);
      expect(overlap).toBeGreaterThan(0);
      expect(mine.start <= g.start || mine.end >= g.end || (mine.start >= g.start && mine.end <= g.end)).toBe(true);
    }
  });

  it('reads the title and publication date from the text', () => {
    expect(result.document.title).toBe(title);
    expect(result.document.publishedAt).toBe(publishedAt);
  });
});

describe('corpus details', () => {
  it('takes the district of a district article (Chợ Đồn, 064) and leaves its undated figures without a period', () => {
    const text = readFileSync(new URL('002_863e4aaba687dddf.txt', CORPUS), 'utf8');
    const result = extractObservations(text, { areas });
    expect(result.document.areaCode).toBe('064');
    expect(result.observations.every((o) => o.period === null)).toBe(true);
  });

  it('uses --published for the period of an undated article', () => {
    const text = readFileSync(new URL('002_863e4aaba687dddf.txt', CORPUS), 'utf8');
    const result = extractObservations(text, { areas, publishedAt: '2020-05-01' });
    expect(result.document.publishedAt).toBe('2020-05-01');
    expect(new Set(result.observations.map((o) => o.period))).toEqual(new Set([2020]));
  });

  it('keeps the text date over a conflicting --published, with a warning', () => {
    const text = readFileSync(new URL('000_c8fd8d4f8057ae55.txt', CORPUS), 'utf8');
    const result = extractObservations(text, { areas, publishedAt: '2013-01-01' });
    expect(result.document.publishedAt).toBe('2012-11-28');
    expect(result.warnings.join(' ')).toMatch(/2012-11-28/);
  });

  it('gives the plan year to the targets of a plan (004)', () => {
    const text = readFileSync(new URL('004_66613e91cb5d9091.txt', CORPUS), 'utf8');
    const [only] = extractObservations(text, { areas }).observations;
    expect(only).toMatchObject({ indicator: 'online_services_min_level', period: 2012, status: 'TARGET', qualifier: 'AT_LEAST' });
  });

  it('finds nothing in an article without figures, page furniture included (003)', () => {
    const text = readFileSync(new URL('003_71ac2054f31c23dd.txt', CORPUS), 'utf8');
    expect(extractObservations(text, { areas }).observations).toEqual([]);
  });
});
