import { loadIndexObservations, type SourceKind } from '@egov-vn/schema';
import {
  findCurrentLoadedTableFigures,
  upsertObservations,
  withdrawObservation,
  type UpsertResult,
} from '../repositories/observation.repository.js';
import type { Db } from '../repositories/db.types.js';
import { findLatestSourceAt, linkSourceVersion, upsertSourceDocument } from '../repositories/source.repository.js';
import { resolveAreaIds } from '../ingest/area-ids.js';
import { contentHash } from '../ingest/content-hash.js';
import { toObservationRow } from '../ingest/figure-rows.js';

/**
 * Stores the published index tables (DTI, ICT Index, e-government ranking,
 * PAR INDEX, SIPAS) as approved observations. A table figure is identified by
 * its page address and slice, not by its place in the transcription, so
 * re-transcribing a page revises its figures; figures no longer in the tables
 * are withdrawn (a version, never a deletion).
 */
export async function loadIndices(trx: Db): Promise<UpsertResult & { documents: number; withdrawn: number }> {
  const dataset = loadIndexObservations();
  const areaIds = await resolveAreaIds(trx, dataset.observations);
  const sources = new Map<string, { id: number; hash: string; text: string; url: string; kind: SourceKind }>();
  for (const s of dataset.sources) {
    const hash = contentHash(s.text);
    const previous = await findLatestSourceAt(trx, s.url);
    const id = await upsertSourceDocument(trx, {
      kind: s.kind,
      title: s.title,
      title_en: s.titleEn,
      language: s.language,
      role: s.role,
      publisher: s.publisher,
      published_at: s.publishedAt,
      url: s.url,
      text: s.text,
      content_hash: hash,
      attribution: s.attribution,
    });
    if (previous && previous.id !== id) await linkSourceVersion(trx, id, previous.id);
    sources.set(s.key, { id, hash, text: s.text, url: s.url, kind: s.kind });
  }
  const rows = dataset.observations.map((o) => {
    const source = sources.get(o.sourceKey);
    if (!source) throw new Error(`index figure cites unknown source ${o.sourceKey}`);
    return toObservationRow({
      ...o,
      start: o.quoteStart,
      end: o.quoteEnd,
      sourceId: source.id,
      sourceHash: source.hash,
      sourceText: source.text,
      sourceKind: source.kind,
      areaId: areaIds.get(`${o.geography}:${o.areaCode}`)!,
      reviewStatus: 'APPROVED',
      tableRow: { url: source.url, period: o.period },
    });
  });
  const result = await upsertObservations(trx, rows);
  const keys = new Set(rows.map((r) => r.natural_key));
  const vanished = (await findCurrentLoadedTableFigures(trx)).filter((r) => !keys.has(r.natural_key));
  for (const row of vanished) await withdrawObservation(trx, row, 'loader', 'no longer in the transcribed index tables');
  return { ...result, documents: sources.size, withdrawn: vanished.length };
}
