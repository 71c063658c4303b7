import type { Db } from '../repositories/db.types.js';
import { findReleasesByNames } from '../repositories/release.repository.js';
import { PageError } from './page-error.js';
import { parseAsOf } from './pinning.js';

/**
 * The moment an embed address pins its data at: `asOf=` (a moment or a date),
 * or `release=` a dataset release's name (what was published at its cut).
 * Neither: not pinned. Both: refused, they could disagree.
 */
export async function pinMoment(db: Db, query: { asOf?: string | undefined; release?: string | undefined }): Promise<Date | undefined> {
  if (query.release === undefined || query.release === '') return parseAsOf(query.asOf);
  if (query.asOf !== undefined && query.asOf !== '') throw new PageError(400, 'BAD_PARAMETER', 'asOf + release');
  const [release] = await findReleasesByNames(db, [query.release]);
  if (!release) throw new PageError(404, 'NOT_FOUND', `release ${query.release}`);
  return release.moment;
}
