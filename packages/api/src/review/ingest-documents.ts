import { basename } from 'node:path';
import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import { resolveAreaIds } from '../dataset/area-ids.js';
import { contentHash } from '../dataset/content-hash.js';
import { toObservationRow } from '../dataset/figure-rows.js';
import type { ExtractionResult } from '../extraction/index.js';
import type { Db } from '../repositories/db.types.js';
import { upsertObservations } from '../repositories/observation.repository.js';
import { deleteStaleCandidates } from '../repositories/review.repository.js';
import { upsertSourceDocument } from '../repositories/source.repository.js';

export interface IngestInput {
  /** Where the text came from; its file name is the title of last resort. */
  path: string;
  text: string;
  extraction: ExtractionResult;
  /** Source metadata the text does not carry. */
  publisher?: string | null;
  attribution?: string | null;
}

export interface IngestReport {
  path: string;
  sourceHash: string;
  candidates: number;
  inserted: number;
  revised: number;
  unchanged: number;
  removed: number;
}

/** Stores one document and its extracted figures as candidates (see `ingestDocuments`). */
export async function ingestDocument(trx: Db, input: IngestInput): Promise<IngestReport> {
  const { text, extraction } = input;
  const hash = contentHash(text);
  const sourceId = await upsertSourceDocument(trx, {
    kind: 'ARTICLE',
    title: extraction.document.title ?? basename(input.path),
    publisher: input.publisher ?? null,
    published_at: extraction.document.publishedAt,
    url: extraction.document.url,
    text,
    content_hash: hash,
    attribution: input.attribution ?? null,
  });
  const areaIds = await resolveAreaIds(trx, extraction.observations);
  const rows = extraction.observations.map((o) =>
    toObservationRow({
      ...o,
      value: String(o.value),
      sourceId,
      sourceHash: hash,
      sourceText: text,
      areaId: areaIds.get(`${o.geography}:${o.areaCode}`)!,
      reviewStatus: 'CANDIDATE',
    }),
  );
  // The extractor may read one figure twice from one span: keep the first.
  const unique = [...new Map(rows.map((r) => [r.natural_key, r])).values()];
  const result = await upsertObservations(trx, unique, { keepReviewed: true });
  const removed = await deleteStaleCandidates(trx, sourceId, unique.map((r) => r.natural_key));
  return { path: input.path, sourceHash: hash, candidates: unique.length, ...result, removed };
}

/**
 * Stores documents (once per content hash) and their extracted figures as
 * `CANDIDATE`s, all in one transaction: either every document goes in or none.
 * Re-ingesting updates candidates without duplicating them, removes candidates
 * the extractor no longer finds, and never touches approved or rejected figures.
 */
export async function ingestDocuments(db: Kysely<Database>, inputs: readonly IngestInput[]): Promise<IngestReport[]> {
  return db.transaction().execute(async (trx) => {
    const reports: IngestReport[] = [];
    for (const input of inputs) reports.push(await ingestDocument(trx, input));
    return reports;
  });
}
