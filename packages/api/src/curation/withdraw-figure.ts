import type { ObservationRow } from '@egov-vn/schema';
import type { Trx } from '../repositories/db.types.js';
import { findFigureById } from '../repositories/figure-version.repository.js';
import { reviseObservation } from '../repositories/observation.repository.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import { lockCurrentFigure, requireReason } from './current-figure.js';
import { type Change, figureSnapshot } from './figure-snapshot.js';
import { nextVersion } from './next-version.js';

/** A withdrawal is a version too: it retracts a published figure, which stays in history (and in earlier releases). */
export async function withdrawFigure(
  trx: Trx,
  actor: Actor,
  w: { figureKey: string; expectedRevision: number; reason: string },
): Promise<{ figure: ObservationRow; changes: Change[] }> {
  const reason = requireReason(w.reason);
  const current = await lockCurrentFigure(trx, w.figureKey, w.expectedRevision);
  if (current.review_status !== 'APPROVED') {
    throw new CurationError('INVALID_REVIEW', `figure ${w.figureKey} is ${current.review_status}, not published: only a published figure is withdrawn (reject a candidate)`);
  }
  const id = await reviseObservation(trx, current, nextVersion(current, { review_status: 'WITHDRAWN', changed_by: actor.name, change_reason: reason }));
  const figure = await findFigureById(trx, id);
  return { figure, changes: [{ action: 'withdraw', target: w.figureKey, before: figureSnapshot(current), after: figureSnapshot(figure) }] };
}
