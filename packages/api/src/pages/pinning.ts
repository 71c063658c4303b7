import { isIsoDate } from '@egov-vn/schema';
import { PageError } from './page-error.js';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `asOf=`: a moment written "2025-03-01T08:00:00Z" (an offset may
 * replace Z) or a calendar date (its first instant, UTC). A moment in the
 * future is refused: what will be published then is not known yet, so it
 * could not be pinned.
 */
export function parseAsOf(raw: unknown, now: Date = new Date()): Date | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new PageError(400, 'BAD_AS_OF', 'asOf');
  let date: Date | undefined;
  if (isIsoDate(raw)) date = new Date(`${raw}T00:00:00Z`);
  else {
    const m = TIMESTAMP.exec(raw);
    if (m && isIsoDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60) date = new Date(raw);
  }
  if (!date || Number.isNaN(date.getTime())) throw new PageError(400, 'BAD_AS_OF', 'asOf');
  if (date.getTime() > now.getTime()) throw new PageError(400, 'AS_OF_IN_FUTURE', 'asOf');
  return date;
}

/** Pinned answers never change: a year, immutable. Unpinned ones follow the data: a minute. */
export function cacheControl(pinned: boolean): string {
  return pinned ? 'public, max-age=31536000, immutable' : 'public, max-age=60';
}
