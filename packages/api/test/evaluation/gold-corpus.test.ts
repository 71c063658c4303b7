import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGoldCorpus, readGoldText } from '../../src/evaluation/gold-corpus.js';
import { GOLD_PATH } from './gold-path.js';

describe('gold corpus', () => {
  it('is where the tests expect it', () => {
    expect(existsSync(GOLD_PATH), `${GOLD_PATH} (set EGOV_SHARED_DIR to the shared folder)`).toBe(true);
  });

  it('gives the page without the annotators header, every quote inside it', () => {
    const corpus = loadGoldCorpus(GOLD_PATH);
    expect(corpus.documents.length).toBe(45);
    for (const doc of corpus.documents) {
      const text = readGoldText(corpus, doc);
      expect(text.startsWith('SOURCE:')).toBe(false);
      for (const o of corpus.observations.filter((x) => x.doc === doc.id)) expect(text.includes(o.quote), `${doc.id}: ${o.quote}`).toBe(true);
    }
  });
});
