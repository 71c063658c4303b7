import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LABELLED_CORPUS_GOLD, LABELLED_DECISIONS_DIR } from '../../src/config.js';
import { decideByGold } from '../../src/curation/gold-decisions.js';
import { loadGoldCorpus } from '../../src/evaluation/gold-corpus.js';
import { readDecisionFolder } from '../../src/ingest/decisions.file.js';

/**
 * The committed decisions on the labelled corpus are keyed by figure: an extractor change that reads a
 * figure differently (another period, area or span) leaves them matching nothing, and the published
 * dataset silently loses those figures (the dataset test catches it, minutes later, on a database).
 * Here at once: after an extractor change, run `egov labelled decide ../shared/corpus-dev/gold.json`.
 */
describe.runIf(existsSync(LABELLED_CORPUS_GOLD))('committed labelled-corpus decisions', () => {
  it('are what `egov labelled decide` gives for the extractor as it is', () => {
    const committed = readDecisionFolder(fileURLToPath(LABELLED_DECISIONS_DIR))
      .flatMap((f) => f.decisions)
      .map((d) => `${d.figureKey} ${d.decision}`)
      .sort();
    const current = decideByGold(loadGoldCorpus(LABELLED_CORPUS_GOLD))
      .flatMap((s) => s.decisions)
      .map((d) => `${d.figureKey} ${d.decision}`)
      .sort();
    expect(committed).toEqual(current);
  });
});
