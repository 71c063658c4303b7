import type { ObservationRow, ReviewStatus } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { likePrefix } from './like-pattern.js';

export interface CandidateRow extends ObservationRow {
  area_code: string;
  area_name: string;
  source_title: string;
  source_hash: string;
  source_text: string;
}

/** Current figures with what a reviewer needs to judge them: area, source and its text. */
function currentForReview(db: Db) {
  return db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
    .selectAll('o')
    .select(['a.code as area_code', 'a.name_vi as area_name', 's.title as source_title', 's.content_hash as source_hash', 's.text as source_text'])
    .where('o.superseded_at', 'is', null);
}

/** Current figures with a review status (candidates by default) and what a reviewer needs to judge them. */
export async function listForReview(
  db: Db,
  q: { statuses?: readonly ReviewStatus[]; sourceHash?: string | undefined } = {},
): Promise<CandidateRow[]> {
  let query = currentForReview(db).where('o.review_status', 'in', [...(q.statuses ?? ['CANDIDATE'])]);
  if (q.sourceHash) query = query.where('s.content_hash', 'like', likePrefix(q.sourceHash));
  return (await query.orderBy('s.id').orderBy('o.quote_start').orderBy('o.indicator_code').execute()) as CandidateRow[];
}

/** Sets the review status of current figures by figure key; returns the keys that matched. */
export async function setReviewStatus(trx: Db, figureKeys: readonly string[], status: ReviewStatus): Promise<string[]> {
  if (figureKeys.length === 0) return [];
  const now = new Date();
  const rows = await trx
    .updateTable('observation')
    .set({ review_status: status, reviewed_at: status === 'CANDIDATE' ? null : now, updated_at: now })
    .where('natural_key', 'in', [...figureKeys])
    .where('superseded_at', 'is', null)
    .returning('natural_key')
    .execute();
  return rows.map((r) => r.natural_key);
}

/** Removes current candidates of a source that the extractor no longer produces (never-published rows only). */
export async function deleteStaleCandidates(trx: Db, sourceId: number, keep: readonly string[]): Promise<number> {
  let query = trx
    .selectFrom('observation')
    .select('natural_key')
    .where('source_id', '=', sourceId)
    .where('review_status', '=', 'CANDIDATE')
    .where('superseded_at', 'is', null);
  if (keep.length > 0) query = query.where('natural_key', 'not in', [...keep]);
  const stale = (await query.execute()).map((r) => r.natural_key);
  if (stale.length === 0) return 0;
  // Older versions point at newer ones: delete from the newest down.
  const rows = await trx.selectFrom('observation').select(['id', 'superseded_by']).where('natural_key', 'in', stale).orderBy('id', 'desc').execute();
  for (const row of rows) await trx.deleteFrom('observation').where('id', '=', row.id).execute();
  return stale.length;
}

export interface DecidedFigureRow {
  natural_key: string;
  review_status: ReviewStatus;
  reviewed_by: string | null;
  indicator_code: string;
  area_code: string;
  period: number | null;
  value: string;
  quote: string;
  quote_start: number;
  quote_end: number;
  source_hash: string;
  source_url: string | null;
  source_title: string;
  source_publisher: string | null;
  source_published_at: string | null;
}

/** Current figures a person decided (approved, rejected, withdrew), with their source: what `egov review export` writes. */
export async function listDecidedFigures(db: Db): Promise<DecidedFigureRow[]> {
  return db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
    .select([
      'o.natural_key',
      'o.review_status',
      'o.reviewed_by',
      'o.indicator_code',
      'a.code as area_code',
      'o.period',
      'o.value',
      // The text the offsets locate, which a decision file re-checks: a table figure's transcribed row.
      sql<string>`coalesce(o.quote, o.transcribed_row)`.as('quote'),
      'o.quote_start',
      'o.quote_end',
      's.content_hash as source_hash',
      's.url as source_url',
      's.title as source_title',
      's.publisher as source_publisher',
      's.published_at as source_published_at',
    ])
    .where('o.superseded_at', 'is', null)
    .where('o.review_status', '!=', 'CANDIDATE')
    .where('o.reviewed_by', 'is not', null)
    .orderBy('s.content_hash')
    .orderBy('o.natural_key')
    .execute();
}

/**
 * Published figures of a source that was re-published at its address and no
 * longer carries them: candidates for withdrawal, listed for a curator.
 */
export async function listWithdrawalCandidates(db: Db): Promise<CandidateRow[]> {
  return (await currentForReview(db)
    .where('o.review_status', '=', 'APPROVED')
    .where((eb) => eb.exists(eb.selectFrom('source_document as n').select('n.id').whereRef('n.previous_version_id', '=', 's.id')))
    .orderBy('s.id')
    .orderBy('o.quote_start')
    .execute()) as CandidateRow[];
}

/** Which of `keys` name a current figure. */
export async function findCurrentKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('observation').select('natural_key').where('natural_key', 'in', [...keys]).where('superseded_at', 'is', null).execute();
  return new Set(rows.map((r) => r.natural_key));
}

/** Published figures per indicator (current, approved). */
export async function countPublishedByIndicator(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('observation')
    .select(['indicator_code', (eb) => eb.fn.countAll<number>().as('n')])
    .where('superseded_at', 'is', null)
    .where('review_status', '=', 'APPROVED')
    .groupBy('indicator_code')
    .orderBy('indicator_code')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.indicator_code, Number(r.n)]));
}
