import type { ObservationRow } from '@egov-vn/schema';
import type { Trx } from '../repositories/db.types.js';
import { findCurrentFigures } from '../repositories/figure-version.repository.js';
import { CurationError } from './curation-error.js';

/**
 * Locks the current version of a figure for an edit based on
 * `expectedRevision` (optimistic concurrency): if another edit made a newer
 * version first, the edit is refused with CONFLICT naming the current one.
 */
export async function lockCurrentFigure(trx: Trx, figureKey: string, expectedRevision: number | null | undefined): Promise<ObservationRow> {
  const [current] = await findCurrentFigures(trx, [figureKey], { lock: true });
  // A concurrent edit that committed while we waited for the lock superseded the row we waited on.
  const latest = current ?? (await findCurrentFigures(trx, [figureKey], { lock: true }))[0];
  if (!latest) throw new CurationError('FIGURE_NOT_FOUND', `no figure with key "${figureKey}"`, { figureKey });
  if (expectedRevision != null && latest.revision !== expectedRevision) {
    throw new CurationError(
      'CONFLICT',
      `figure ${figureKey} is at revision ${latest.revision}, not ${expectedRevision}: someone changed it (${latest.changed_by ?? 'unknown'}${latest.change_reason ? `: ${latest.change_reason}` : ''}); read it again and redo your edit`,
      { figureKey, currentRevision: latest.revision, currentId: `${figureKey}.${latest.revision}`, expectedRevision },
    );
  }
  return latest;
}

export function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? '';
  if (text === '') throw new CurationError('REASON_REQUIRED', 'say why (a reason is kept with the new version)');
  return text;
}
