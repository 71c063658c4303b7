import type { DatasetReleaseRow, NewDatasetReleaseRow } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

/** The key of the advisory lock that serializes release cuts (any constant the application uses for nothing else). */
const RELEASE_CUT_LOCK = 0x65676f76; // "egov"

/**
 * Waits until no other transaction is cutting a release, and holds the turn
 * until this transaction ends: concurrent cuts then see each other's rows
 * (a reused name is refused, not a unique-key failure) and commit in the order of their moments.
 */
export async function lockReleaseCuts(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${RELEASE_CUT_LOCK})`.execute(trx);
}

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

/**
 * The order of `releases`: newest first. The moment as fixed-width UTC text with microseconds (its text order is
 * the time order and it survives a cursor exactly), then the name, which is unique.
 */
export const RELEASE_SORT_KEYS: readonly SortKey[] = [
  { expr: sql`to_char(r.moment at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, type: 'text', direction: 'desc' },
  { expr: sql`r.name`, type: 'text', direction: 'desc' },
];

/** One keyset page of releases, newest first. */
export function pageReleases(db: Db, page: KeysetPage): Promise<KeysetResult<DatasetReleaseRow>> {
  return keysetPage(db.selectFrom('dataset_release as r').selectAll('r'), RELEASE_SORT_KEYS, page);
}

export async function countReleases(db: Db): Promise<number> {
  const row = await db.selectFrom('dataset_release').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
