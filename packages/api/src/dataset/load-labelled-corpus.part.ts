import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LABELLED_CORPUS_GOLD, LABELLED_DECISIONS_DIR } from '../config.js';
import { GOLD_REVIEWER } from '../curation/gold-decisions.js';
import { loadLabelledCorpus } from '../curation/load-labelled-corpus.js';
import { loadGoldCorpus } from '../evaluation/gold-corpus.js';
import { readDecisionFolder } from '../ingest/decisions.file.js';
import type { Trx } from '../repositories/db.types.js';

/** The files whose content decides whether the part is re-imported: the decisions and the annotations. */
export function labelledCorpusFiles(): URL[] {
  const decisions = existsSync(LABELLED_DECISIONS_DIR)
    ? readdirSync(LABELLED_DECISIONS_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => new URL(f, LABELLED_DECISIONS_DIR))
    : [];
  const gold = existsSync(LABELLED_CORPUS_GOLD) ? [pathToFileURL(LABELLED_CORPUS_GOLD)] : [];
  return [...decisions, ...gold];
}

/**
 * The reviewed figures of the labelled corpus join the published dataset: its pages are read from the shared
 * folder (third-party texts, never committed), extracted, and the committed decisions applied. Without the
 * shared folder the part is skipped with a warning; serving goes on.
 */
export async function loadLabelledCorpusPart(trx: Trx) {
  if (!existsSync(LABELLED_CORPUS_GOLD)) {
    return { documents: 0, warnings: [`labelled corpus not found at ${LABELLED_CORPUS_GOLD} (set EGOV_SHARED_DIR): its reviewed figures are not loaded`] };
  }
  const decisions = readDecisionFolder(fileURLToPath(LABELLED_DECISIONS_DIR)).flatMap((f) => f.decisions);
  const actor = { name: GOLD_REVIEWER, apiKeyId: null, scope: 'admin' } as const;
  const result = await loadLabelledCorpus(trx, actor, loadGoldCorpus(LABELLED_CORPUS_GOLD), decisions);
  const warnings = [
    ...(result.stale.length > 0 ? [`${result.stale.length} labelled-corpus decision(s) match no extracted figure (egov labelled decide): ${result.stale.join(', ')}`] : []),
    ...result.skipped.map((s) => `labelled corpus page skipped: ${s}`),
  ];
  return { documents: result.documents, figures: result.figures, decisions: result.applied, transcribed: result.transcribed, warnings };
}
