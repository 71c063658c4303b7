import { loadIndexObservations } from '@egov-vn/schema';
import { upsertObservations, type UpsertResult } from '../repositories/observation.repository.js';
import type { Db } from '../repositories/db.types.js';
import { upsertSourceDocument } from '../repositories/source.repository.js';
import { resolveAreaIds } from '../ingest/area-ids.js';
import { contentHash } from '../ingest/content-hash.js';
import { toObservationRow } from '../ingest/figure-rows.js';

/** Stores the published index tables (DTI, ICT Index, e-government ranking) as approved observations. */
export async function loadIndices(trx: Db): Promise<UpsertResult & { documents: number }> {
  const dataset = loadIndexObservations();
  const areaIds = await resolveAreaIds(trx, dataset.observations);
  const sources = new Map<string, { id: number; hash: string; text: string }>();
  for (const s of dataset.sources) {
    const hash = contentHash(s.text);
    const id = await upsertSourceDocument(trx, {
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      published_at: s.publishedAt,
      url: s.url,
      text: s.text,
      content_hash: hash,
      attribution: s.attribution,
    });
    sources.set(s.key, { id, hash, text: s.text });
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
      areaId: areaIds.get(`${o.geography}:${o.areaCode}`)!,
      reviewStatus: 'APPROVED',
    });
  });
  return { ...(await upsertObservations(trx, rows)), documents: sources.size };
}
