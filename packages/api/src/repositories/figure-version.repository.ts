import type { ObservationRow, ReviewStatus } from '@egov-vn/schema';
import type { Db } from './db.types.js';
import type { ObservationInput } from './observation.repository.js';

/**
 * The current version of each figure (any review status), by figure key.
 * With `lock`, the rows are locked until the transaction ends: the second of
 * two concurrent edits waits, then sees the first one's new version.
 */
export async function findCurrentFigures(db: Db, keys: readonly string[], options: { lock?: boolean } = {}): Promise<ObservationRow[]> {
  if (keys.length === 0) return [];
  let query = db.selectFrom('observation').selectAll().where('natural_key', 'in', [...keys]).where('superseded_at', 'is', null);
  if (options.lock) query = query.forUpdate();
  return query.execute();
}

/** Every version of each figure, oldest first, grouped in the order of `keys`. */
export async function findFigureHistories(db: Db, keys: readonly string[]): Promise<ObservationRow[][]> {
  if (keys.length === 0) return [];
  const rows = await db.selectFrom('observation').selectAll().where('natural_key', 'in', [...keys]).orderBy('revision').execute();
  return keys.map((k) => rows.filter((r) => r.natural_key === k));
}

/**
 * Records the review of a candidate in place: the one change history allows
 * on a row (`reviewed_at` is set once; a candidate was never published).
 * Returns the row, or undefined when it is no longer an unreviewed candidate.
 */
export async function markReviewed(
  trx: Db,
  id: number,
  status: Extract<ReviewStatus, 'APPROVED' | 'REJECTED'>,
  by: string,
): Promise<ObservationRow | undefined> {
  const now = new Date();
  return trx
    .updateTable('observation')
    .set({ review_status: status, reviewed_at: now, reviewed_by: by, updated_at: now })
    .where('id', '=', id)
    .where('review_status', '=', 'CANDIDATE')
    .where('reviewed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function insertFigure(trx: Db, row: ObservationInput): Promise<ObservationRow> {
  return trx.insertInto('observation').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findFigureById(db: Db, id: number): Promise<ObservationRow> {
  return db.selectFrom('observation').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Decides the current candidates among `keys` in place (set once); returns the keys decided. */
export async function decideCandidates(
  trx: Db,
  keys: readonly string[],
  status: Extract<ReviewStatus, 'APPROVED' | 'REJECTED'>,
  by: string | null,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const now = new Date();
  const rows = await trx
    .updateTable('observation')
    .set({ review_status: status, reviewed_at: now, reviewed_by: by, updated_at: now })
    .where('natural_key', 'in', [...keys])
    .where('superseded_at', 'is', null)
    .where('review_status', '=', 'CANDIDATE')
    .returning('natural_key')
    .execute();
  return rows.map((r) => r.natural_key);
}

/** The current figures read from one source (any review status), in text order. */
export async function findCurrentFiguresOfSource(db: Db, sourceId: number): Promise<ObservationRow[]> {
  return db
    .selectFrom('observation')
    .selectAll()
    .where('source_id', '=', sourceId)
    .where('superseded_at', 'is', null)
    .orderBy('quote_start')
    .orderBy('id')
    .execute();
}
