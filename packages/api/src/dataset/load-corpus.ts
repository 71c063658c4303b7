import { upsertObservations, type UpsertResult } from '../repositories/observation.repository.js';
import type { Db } from '../repositories/db.types.js';
import { upsertSourceDocument } from '../repositories/source.repository.js';
import { resolveAreaIds } from './area-ids.js';
import { contentHash } from './content-hash.js';
import { readCorpusDocuments, readCorpusText, readReviewedFigures } from './corpus.files.js';
import { toObservationRow } from './figure-rows.js';

/** Stores the corpus documents and their reviewed figures as approved observations. */
export async function loadCorpus(trx: Db): Promise<UpsertResult & { documents: number }> {
  const figures = readReviewedFigures();
  const areaIds = await resolveAreaIds(trx, figures);
  const sources = new Map<string, { id: number; hash: string; text: string }>();
  for (const doc of readCorpusDocuments()) {
    const text = readCorpusText(doc.file);
    const hash = contentHash(text);
    const id = await upsertSourceDocument(trx, {
      kind: 'ARTICLE',
      title: doc.title,
      publisher: doc.publisher,
      published_at: doc.publishedAt,
      url: doc.url,
      text,
      content_hash: hash,
      attribution: 'Founding corpus of egov-vn (data/corpus/SOURCE.md)',
    });
    sources.set(doc.file, { id, hash, text });
  }
  const rows = figures.map((f) => {
    const source = sources.get(f.document);
    if (!source) throw new Error(`figure cites unknown document ${f.document}`);
    return toObservationRow({
      ...f,
      sourceId: source.id,
      sourceHash: source.hash,
      sourceText: source.text,
      areaId: areaIds.get(`${f.geography}:${f.areaCode}`)!,
      reviewStatus: 'APPROVED',
    });
  });
  return { ...(await upsertObservations(trx, rows)), documents: sources.size };
}
