import { fileURLToPath } from 'node:url';
import { loadAreas } from '@egov-vn/schema';
import { buildAreaIndex, extractObservations } from '../extraction/index.js';
import type { Db } from '../repositories/db.types.js';
import { setReviewStatus } from '../repositories/review.repository.js';
import { applyDecisions, readDecisions } from '../review/decisions.file.js';
import { readDocumentFile } from '../review/document-file.js';
import { ingestDocument } from '../review/ingest-documents.js';
import { CORPUS_DIR, readCorpusDocuments } from './corpus.files.js';

export const CORPUS_DECISIONS = fileURLToPath(new URL('decisions.json', CORPUS_DIR));

/**
 * Publishes the corpus the way any document is published: extract, store the
 * figures as candidates, then apply the committed curator decisions
 * (`data/corpus/decisions.json`). Corpus + extractor + decisions → exactly the
 * shipped figures; a corpus figure without a decision stays a candidate.
 */
export async function loadCorpus(trx: Db) {
  const areas = buildAreaIndex(loadAreas('pre2025'));
  const documents = readCorpusDocuments();
  const hashes: string[] = [];
  let figures = 0;
  for (const doc of documents) {
    const path = fileURLToPath(new URL(doc.file, CORPUS_DIR));
    const text = readDocumentFile(path);
    const extraction = extractObservations(text, {
      areas,
      title: doc.title,
      ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
      ...(doc.url ? { url: doc.url } : {}),
    });
    const report = await ingestDocument(trx, {
      path,
      text,
      extraction,
      publisher: doc.publisher,
      attribution: 'Founding corpus of egov-vn (data/corpus/SOURCE.md)',
    });
    hashes.push(report.sourceHash);
    figures += report.candidates;
  }
  const decisions = readDecisions(CORPUS_DECISIONS);
  const decided = new Set(decisions.map((d) => d.figureKey));
  const current = await trx
    .selectFrom('observation')
    .innerJoin('source_document', 'source_document.id', 'observation.source_id')
    .select('observation.natural_key')
    .where('source_document.content_hash', 'in', hashes)
    .where('observation.superseded_at', 'is', null)
    .execute();
  // The decisions file is the whole truth for the corpus: undecided figures are candidates.
  await setReviewStatus(trx, current.map((r) => r.natural_key).filter((k) => !decided.has(k)), 'CANDIDATE');
  const { applied, missing } = await applyDecisions(trx, decisions);
  if (missing.length > 0) {
    throw new Error(`${missing.length} corpus decision(s) match no extracted figure (extractor changed?): ${missing.join(', ')}`);
  }
  return { documents: documents.length, figures, decisions: applied };
}
