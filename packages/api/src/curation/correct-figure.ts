import type { ObservationRow, ObservationStatus, Qualifier } from '@egov-vn/schema';
import { findAreasByIds } from '../repositories/area.repository.js';
import type { Trx } from '../repositories/db.types.js';
import { reviseObservation } from '../repositories/observation.repository.js';
import { findFigureById } from '../repositories/figure-version.repository.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import { lockCurrentFigure, requireReason } from './current-figure.js';
import { type Change, figureSnapshot } from './figure-snapshot.js';
import { nextVersion } from './next-version.js';
import { validateFigure } from './validate-figure.js';

export interface Correction {
  figureKey: string;
  /** The revision the curator looked at: a newer one means someone else edited first (CONFLICT). */
  expectedRevision: number;
  value?: string | null | undefined;
  /** `null` clears it (the source does not say); undefined keeps it. */
  period?: number | null | undefined;
  qualifier?: Qualifier | null | undefined;
  status?: ObservationStatus | null | undefined;
  note?: string | null | undefined;
  reason: string;
}

/** A correction is a new, reviewed version of the figure with its reason and author; the old one stays, superseded. */
export async function correctFigure(trx: Trx, actor: Actor, c: Correction): Promise<{ figure: ObservationRow; changes: Change[] }> {
  const reason = requireReason(c.reason);
  const current = await lockCurrentFigure(trx, c.figureKey, c.expectedRevision);
  if (current.review_status === 'WITHDRAWN') {
    throw new CurationError('INVALID_REVIEW', `figure ${c.figureKey} is withdrawn; approve it to reinstate it first`);
  }
  const next = nextVersion(current, {
    changed_by: actor.name,
    change_reason: reason,
    ...(c.value != null ? { value: String(c.value).trim() } : {}),
    ...(c.period !== undefined ? { period: c.period } : {}),
    ...(c.qualifier != null ? { qualifier: c.qualifier } : {}),
    ...(c.status != null ? { status: c.status } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
  });
  const [area] = await findAreasByIds(trx, [current.area_id]);
  await validateFigure(trx, {
    indicator: current.indicator_code,
    dimensions: current.dimensions,
    area: area!,
    period: next.period ?? null,
    value: String(next.value),
    status: next.status,
  });
  const same =
    Number(next.value) === Number(current.value) &&
    (next.period ?? null) === current.period &&
    next.qualifier === current.qualifier &&
    next.status === current.status &&
    (next.note ?? null) === current.note;
  if (same) throw new CurationError('NOTHING_CHANGED', `the correction changes nothing of figure ${c.figureKey}`);
  const id = await reviseObservation(trx, current, next);
  const figure = await findFigureById(trx, id);
  return {
    figure,
    changes: [{ action: 'correct', target: c.figureKey, before: figureSnapshot(current), after: figureSnapshot(figure) }],
  };
}
