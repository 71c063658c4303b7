import type { DatasetReleaseRow, NewDatasetReleaseRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';

export async function insertRelease(trx: Db, release: NewDatasetReleaseRow): Promise<DatasetReleaseRow> {
  return trx.insertInto('dataset_release').values(release).returningAll().executeTakeFirstOrThrow();
}

/** Releases by name, in the order of `names`. */
export async function findReleasesByNames(db: Db, names: readonly string[]): Promise<(DatasetReleaseRow | undefined)[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('dataset_release').selectAll().where('name', 'in', [...names]).execute();
  return names.map((n) => rows.find((r) => r.name === n));
}

/** Every release, newest first. */
export async function listReleases(db: Db): Promise<DatasetReleaseRow[]> {
  return db.selectFrom('dataset_release').selectAll().orderBy('moment', 'desc').orderBy('name', 'desc').execute();
}
