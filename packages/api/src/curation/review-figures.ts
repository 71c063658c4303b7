import type { ObservationRow } from '@egov-vn/schema';
import type { Trx } from '../repositories/db.types.js';
import { findCurrentFigures, findFigureById, markReviewed } from '../repositories/figure-version.repository.js';
import { reviseObservation } from '../repositories/observation.repository.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import { type Change, figureSnapshot } from './figure-snapshot.js';
import { nextVersion } from './next-version.js';

export type Decision = 'APPROVED' | 'REJECTED';

export interface ReviewResult {
  figures: ObservationRow[];
  /** Figures already in the state asked for. */
  unchanged: number;
  changes: Change[];
}

/**
 * Approves or rejects figures by key. A candidate is decided in place (its
 * `reviewed_at` is set once); a figure decided before gets a new version
 * (approving a rejected or withdrawn figure); a published figure is not
 * rejected but withdrawn, with a reason (`withdrawFigure`).
 */
export async function reviewFigures(trx: Trx, actor: Actor, figureKeys: readonly string[], decision: Decision, reason?: string | null): Promise<ReviewResult> {
  const keys = [...new Set(figureKeys)];
  if (keys.length === 0) throw new CurationError('INVALID_REVIEW', 'no figure keys given');
  const current = await findCurrentFigures(trx, keys, { lock: true });
  const byKey = new Map(current.map((r) => [r.natural_key, r]));
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length > 0) throw new CurationError('FIGURE_NOT_FOUND', `no figure with key ${unknown.join(', ')}`, { figureKeys: unknown });
  const result: ReviewResult = { figures: [], unchanged: 0, changes: [] };
  const action = decision === 'APPROVED' ? 'approve' : 'reject';
  for (const key of keys) {
    const row = byKey.get(key)!;
    let after: ObservationRow;
    if (row.review_status === decision) {
      result.unchanged += 1;
      result.figures.push(row);
      continue;
    } else if (row.review_status === 'CANDIDATE') {
      after = (await markReviewed(trx, row.id, decision, actor.name))!;
    } else if (decision === 'APPROVED') {
      const id = await reviseObservation(
        trx,
        row,
        nextVersion(row, { review_status: 'APPROVED', changed_by: actor.name, change_reason: reason?.trim() || `approved after being ${row.review_status.toLowerCase()}` }),
      );
      after = await findFigureById(trx, id);
    } else {
      throw new CurationError('INVALID_REVIEW', `figure ${key} is ${row.review_status}: a published figure is withdrawn, with a reason, not rejected`, {
        figureKey: key,
      });
    }
    result.figures.push(after);
    result.changes.push({ action, target: key, before: figureSnapshot(row), after: figureSnapshot(after) });
  }
  return result;
}
