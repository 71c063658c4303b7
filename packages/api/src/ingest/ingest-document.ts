import { basename } from 'node:path';
import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import { resolveAreaIds } from './area-ids.js';
import { contentHash } from './content-hash.js';
import { toObservationRow } from './figure-rows.js';
import type { ExtractionResult } from '../extraction/index.js';
import type { Db } from '../repositories/db.types.js';
import { insertObservations, type ObservationInput, reviseObservation, upsertObservations } from '../repositories/observation.repository.js';
import { findCurrentFiguresOfSource } from '../repositories/figure-version.repository.js';
import { deleteStaleCandidates } from '../repositories/review.repository.js';
import { findLatestSourceAt, linkSourceVersion, upsertSourceDocument } from '../repositories/source.repository.js';
import { adoptKeys, matchVersions } from './source-versions.js';

export interface IngestInput {
  /** Where the text came from; its file name is the title of last resort. */
  path: string;
  text: string;
  extraction: ExtractionResult;
  /** Source metadata the text does not carry. */
  publisher?: string | null;
  attribution?: string | null;
  licence?: string | null;
  /** Who stores it (a curator); null for the founding dataset. */
  addedBy?: string | null;
}

export interface IngestReport {
  path: string;
  sourceHash: string;
  candidates: number;
  inserted: number;
  revised: number;
  unchanged: number;
  removed: number;
  /** Set when the text is a new version of the source at the same address. */
  previousVersion: string | null;
  /** Published figures of the previous version this one no longer carries: candidates for withdrawal. */
  vanished: number;
}

/**
 * Stores one document and its extracted figures as candidates (see
 * `ingestDocuments`). A different text at the address of a stored source is a
 * new version of it: its figures continue those of the previous version
 * (unchanged ones move to it as they are, changed ones become candidate
 * revisions), and figures it no longer carries stay, listed for withdrawal.
 */
export async function ingestDocument(trx: Db, input: IngestInput): Promise<IngestReport> {
  const { text, extraction } = input;
  const hash = contentHash(text);
  const url = extraction.document.url;
  const latest = url ? await findLatestSourceAt(trx, url) : undefined;
  const previous = latest && latest.content_hash !== hash ? latest : undefined;
  const sourceId = await upsertSourceDocument(trx, {
    kind: 'ARTICLE',
    title: extraction.document.title ?? basename(input.path),
    publisher: input.publisher ?? null,
    published_at: extraction.document.publishedAt,
    url,
    text,
    content_hash: hash,
    attribution: input.attribution ?? null,
    ...(input.licence !== undefined ? { licence: input.licence } : {}),
    added_by: input.addedBy ?? null,
  });
  if (previous) await linkSourceVersion(trx, sourceId, previous.id);
  const areaIds = await resolveAreaIds(trx, extraction.observations);
  const rows = extraction.observations.map((o) =>
    toObservationRow({
      ...o,
      value: String(o.value),
      sourceId,
      sourceHash: hash,
      sourceText: text,
      sourceKind: 'ARTICLE',
      areaId: areaIds.get(`${o.geography}:${o.areaCode}`)!,
      reviewStatus: 'CANDIDATE',
    }),
  );
  // The extractor may read one figure twice from one span: keep the first.
  const unique = [...new Map(rows.map((r) => [r.natural_key, r])).values()];
  const base = { path: input.path, sourceHash: hash, candidates: unique.length, previousVersion: previous?.content_hash ?? null };
  if (previous) return { ...base, ...(await continueVersion(trx, unique, previous.id, hash)) };
  const keyed = adoptKeys(unique, await findCurrentFiguresOfSource(trx, sourceId));
  const result = await upsertObservations(trx, keyed, { keepReviewed: true });
  const removed = await deleteStaleCandidates(trx, sourceId, keyed.map((r) => r.natural_key));
  return { ...base, ...result, removed, vanished: 0 };
}

/** The figures of a new version of a source, continuing those of the previous one (see `ingestDocument`). */
async function continueVersion(trx: Db, rows: ObservationInput[], previousId: number, hash: string) {
  const match = matchVersions(rows, await findCurrentFiguresOfSource(trx, previousId));
  const version = hash.slice(0, 16);
  let revised = 0;
  for (const { row, previous, changed } of match.matched) {
    const decided = previous.review_status !== 'CANDIDATE';
    await reviseObservation(trx, previous, {
      ...row,
      natural_key: previous.natural_key,
      // An unchanged figure keeps its review; a changed one waits for a curator, as the source no longer says the old value.
      review_status: changed ? 'CANDIDATE' : previous.review_status,
      reviewed_at: !changed && decided ? new Date() : null,
      reviewed_by: !changed && decided ? previous.reviewed_by : null,
      changed_by: 'ingest',
      change_reason: changed
        ? `source version ${version} says ${row.value} (was ${previous.value})`
        : `unchanged in source version ${version}`,
    });
    if (changed) revised += 1;
  }
  await insertObservations(trx, match.added);
  // Candidates never published are simply gone with the old text; published ones stay, for a curator to withdraw.
  const removed = await deleteStaleCandidates(trx, previousId, match.vanished.filter((v) => v.review_status !== 'CANDIDATE').map((v) => v.natural_key));
  return {
    inserted: match.added.length,
    revised,
    unchanged: match.matched.length - revised,
    removed,
    vanished: match.vanished.filter((v) => v.review_status === 'APPROVED').length,
  };
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
