import { loadAreas } from '@egov-vn/schema';
import type { GoldCorpus } from '../evaluation/gold-corpus.js';
import { readGoldText } from '../evaluation/gold-corpus.js';
import { buildAreaIndex, extractObservations } from '../extraction/index.js';
import type { Trx } from '../repositories/db.types.js';
import { applyDecisions, type Decision } from '../review/decisions.file.js';
import { ingestDocument } from '../review/ingest-documents.js';
import type { Actor } from './actor.js';
import type { Change } from './figure-snapshot.js';
import { goldExtractOptions } from './gold-decisions.js';

/**
 * Stores the pages of a labelled corpus (read from `../shared`, never from the
 * repository) as sources, their extracted figures as candidates, and applies
 * the committed decisions to them. A page the extractor cannot store is
 * reported, not fatal; so is a decision that matches no figure.
 */
export async function loadLabelledCorpus(trx: Trx, actor: Actor, corpus: GoldCorpus, decisions: readonly Decision[]) {
  const areas = buildAreaIndex(loadAreas('pre2025'));
  const skipped: string[] = [];
  let figures = 0;
  for (const doc of corpus.documents) {
    const text = readGoldText(corpus, doc);
    const extraction = extractObservations(text, { areas, ...goldExtractOptions(doc) });
    try {
      const report = await ingestDocument(trx, {
        path: doc.file,
        text,
        extraction,
        attribution: 'Third-party page (labelled development corpus): quoted for attribution, text not redistributed',
        addedBy: actor.name,
      });
      figures += report.candidates;
    } catch (error) {
      skipped.push(`${doc.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const { applied, decided, missing } = await applyDecisions(trx, decisions, actor.name);
  const changes: Change[] = [{ action: 'load-labelled-corpus', target: corpus.dir, before: null, after: { documents: corpus.documents.length, figures, applied, decided, stale: missing.length, skipped } }];
  return { documents: corpus.documents.length, figures, applied, decided, stale: missing, skipped, changes };
}
