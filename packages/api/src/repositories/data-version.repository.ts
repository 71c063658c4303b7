import { sql } from 'kysely';
import type { Db } from './db.types.js';

/** The statement (tests that count a request's data statements count this one apart). */
export const DATA_VERSION_SQL = "select epoch || '.' || version as version from data_version";

/**
 * The current data version (migration 0008) as "<epoch>.<number>": the number
 * is raised by every committed change of published data, so an answer cached
 * under one version is current exactly while the version is; the epoch tells
 * databases apart.
 */
export async function readDataVersion(db: Db): Promise<string> {
  const { rows } = await sql.raw<{ version: string }>(DATA_VERSION_SQL).execute(db);
  if (rows.length !== 1) throw new Error('data_version must hold one row (migration 0008)');
  return rows[0]!.version;
}
