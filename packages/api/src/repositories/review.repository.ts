import type { ObservationRow, ReviewStatus } from '@egov-vn/schema';
import type { Db } from './db.types.js';
import { likePrefix } from './like-pattern.js';

export interface CandidateRow extends ObservationRow {
  area_code: string;
  area_name: string;
  source_title: string;
  source_hash: string;
  source_text: string;
}

/** Current figures with a review status (candidates by default) and what a reviewer needs to judge them. */
export async function listForReview(
  db: Db,
  q: { statuses?: readonly ReviewStatus[]; sourceHash?: string | undefined } = {},
): Promise<CandidateRow[]> {
  let query = db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
    .selectAll('o')
    .select(['a.code as area_code', 'a.name_vi as area_name', 's.title as source_title', 's.content_hash as source_hash', 's.text as source_text'])
    .where('o.superseded_at', 'is', null)
    .where('o.review_status', 'in', [...(q.statuses ?? ['CANDIDATE'])]);
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
