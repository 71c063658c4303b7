import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, type Evaluation } from '../../src/evaluation/evaluate-corpus.js';
import { loadGoldCorpus } from '../../src/evaluation/gold-corpus.js';
import { buildAreaIndex } from '../../src/extraction/index.js';
import { GOLD_PATH } from './gold-path.js';

interface Levels {
  documents: number;
  recall: number;
  precision: number;
  traps: number;
  tableRecall: number;
}

/**
 * The extractor on the real pages of the `train` split (../shared/corpus-dev): the levels it
 * reaches today, so a regression fails CI. Issue 8's targets are recall ≥ 0.95, precision ≥ 0.95
 * and no trap; these are what the extractor actually reaches (bench/RESULTS-extract.md).
 */
const TRAIN: Levels = { documents: 31, recall: 0.99, precision: 0.99, traps: 0, tableRecall: 1 };

/**
 * The `check` split: its first run is recorded in bench/RESULTS-extract.md; its failures have since
 * been studied by category, so it is no longer unseen and these levels are only a floor against
 * regressions, not a measure of how the extractor generalises.
 */
const CHECK: Levels = { documents: 14, recall: 0.95, precision: 0.95, traps: 0, tableRecall: 1 };

const areas = buildAreaIndex(loadAreas('pre2025'));
const corpus = loadGoldCorpus(GOLD_PATH);

function expectLevels(evaluation: Evaluation, levels: Levels): void {
  expect(evaluation.overall.documents).toBe(levels.documents);
  expect(evaluation.overall.recall).toBeGreaterThanOrEqual(levels.recall);
  expect(evaluation.overall.precision).toBeGreaterThanOrEqual(levels.precision);
  expect(evaluation.overall.traps).toBeLessThanOrEqual(levels.traps);
  expect(evaluation.overall.table.recall).toBeGreaterThanOrEqual(levels.tableRecall);
}

describe('extractor on the train split of the labelled corpus', () => {
  const evaluation = evaluateCorpus(corpus, areas, { split: 'train' });

  it('reaches the recorded recall and precision, with no more trap hits', () => {
    expectLevels(evaluation, TRAIN);
  });

  it('finds nothing in the negative pages', () => {
    expect(evaluation.byStyle.negative?.candidates).toBe(0);
  });

  it('gives every candidate a rule and a confidence', () => {
    const candidates = evaluation.documents.flatMap((d) => [...d.score.matches.map((m) => m.candidate), ...d.score.falsePositives]);
    for (const c of candidates) {
      expect(c.rule).toMatch(/^[a-z-]+$/u);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('extractor on the train split without the area hints', () => {
  // What a page nobody labelled gives: the area from its text and its outlet's address alone
  // (before the address was read: recall 0.86).
  const evaluation = evaluateCorpus(corpus, areas, { split: 'train', areaHints: false });

  it('keeps most of its recall and its precision, with no trap hit', () => {
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.94);
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(evaluation.overall.traps).toBe(0);
  });
});

describe('extractor on the check split of the labelled corpus (regression floor)', () => {
  const evaluation = evaluateCorpus(corpus, areas, { split: 'check' });

  it('keeps the reached recall and precision, with no more trap hits', () => {
    expectLevels(evaluation, CHECK);
  });

  it('finds nothing in the negative page', () => {
    expect(evaluation.byStyle.negative?.candidates).toBe(0);
  });
});
