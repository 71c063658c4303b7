import { findIndicator } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { readCorpusDocuments, readCorpusText, readReviewedFigures } from '../src/dataset/corpus.files.js';
import { toObservationRow } from '../src/ingest/figure-rows.js';

describe('the reviewed corpus figures', () => {
  const documents = readCorpusDocuments();
  const figures = readReviewedFigures();

  it('cite documents of the corpus, by exact quote and offsets', () => {
    for (const f of figures) {
      expect(documents.map((d) => d.file)).toContain(f.document);
      expect(readCorpusText(f.document).slice(f.start, f.end)).toBe(f.quote);
    }
  });

  it('pass the vocabulary checks the loader applies', () => {
    for (const f of figures) {
      const text = readCorpusText(f.document);
      expect(() =>
        toObservationRow({ ...f, sourceId: 1, sourceHash: 'x', sourceKind: 'ARTICLE', sourceText: text, areaId: 1, reviewStatus: 'APPROVED' }),
      ).not.toThrow();
      expect(findIndicator(f.indicator)).toBeDefined();
    }
  });

  it('reject a quote the offsets do not reproduce', () => {
    const f = figures[0]!;
    expect(() =>
      toObservationRow({ ...f, start: f.start + 1, sourceId: 1, sourceHash: 'x', sourceKind: 'ARTICLE', sourceText: readCorpusText(f.document), areaId: 1, reviewStatus: 'APPROVED' }),
    ).toThrow(/do not reproduce/);
  });
});
