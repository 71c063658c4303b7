import { loadAreas } from '@egov-vn/schema';
import type { GoldCorpus } from '../evaluation/gold-corpus.js';
import { readGoldText } from '../evaluation/gold-corpus.js';
import { buildAreaIndex, extractObservations } from '../extraction/index.js';
import { contentHash } from '../ingest/content-hash.js';
import type { Trx } from '../repositories/db.types.js';
import { findLatestSourceAt } from '../repositories/source.repository.js';
import { applyDecisions, type Decision } from '../ingest/decisions.file.js';
import { ingestDocument } from '../ingest/ingest-document.js';
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
  const transcribed = new Map<string, { file: string; table: string }>();
  let figures = 0;
  for (const doc of corpus.documents) {
    const text = readGoldText(corpus, doc);
    // A page whose address is a published index table keeps the table's reviewed transcription: read again,
    // it would become a new version of that source and revise the transcribed figures.
    const stored = doc.url ? await findLatestSourceAt(trx, doc.url) : undefined;
    if (stored?.kind === 'TABLE') {
      transcribed.set(contentHash(text).slice(0, 16), { file: doc.file, table: stored.title });
      continue;
    }
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
  const { applied, decided, missing } = await applyDecisions(trx, decisions.filter((d) => !transcribed.has(d.source)), actor.name);
  const changes: Change[] = [{ action: 'load-labelled-corpus', target: corpus.dir, before: null, after: { documents: corpus.documents.length, figures, applied, decided, stale: missing.length, skipped, transcribed: transcribed.size } }];
  return { documents: corpus.documents.length, figures, applied, decided, stale: missing, skipped, transcribed: [...transcribed].map(([source, t]) => ({ source, ...t })), changes };
}
