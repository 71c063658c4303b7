import { fileURLToPath } from 'node:url';
import { loadAreas } from '@egov-vn/schema';
import { buildAreaIndex, extractObservations } from '../extraction/index.js';
import type { Db } from '../repositories/db.types.js';
import { applyDecisions, readDecisions } from '../ingest/decisions.file.js';
import { readDocumentFile } from '../ingest/document-file.js';
import { ingestDocument } from '../ingest/ingest-document.js';
import { CORPUS_DECISIONS, CORPUS_DIR } from '../config.js';
import { readCorpusDocuments } from './corpus.files.js';


/**
 * Publishes the corpus the way any document is published: extract, store the
 * figures as candidates, then apply the committed curator decisions
 * (`data/corpus/decisions.json`) to the candidates. Corpus + extractor +
 * decisions → the shipped figures; a figure without a decision stays a
 * candidate, and a figure decided before (by the file or a curator) keeps its state.
 */
export async function loadCorpus(trx: Db) {
  const areas = buildAreaIndex(loadAreas('pre2025'));
  const documents = readCorpusDocuments();
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
    figures += report.candidates;
  }
  const { applied, missing } = await applyDecisions(trx, readDecisions(CORPUS_DECISIONS), 'corpus decisions');
  // A stale decision (the extractor no longer finds its figure) is reported, never fatal: serving goes on.
  const warnings = missing.length > 0 ? [`${missing.length} corpus decision(s) match no extracted figure (egov review list --stale): ${missing.join(', ')}`] : [];
  return { documents: documents.length, figures, decisions: applied, warnings };
}
