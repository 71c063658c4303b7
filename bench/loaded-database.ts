import pg from 'pg';
import { loadDataset, migrateToLatest, openDatabase } from '@egov-vn/api';

/**
 * Makes the database at `url` hold the published dataset: created on its server when missing, migrated and loaded
 * (both no-ops when already done), then ANALYZEd — a just-loaded database is planned as if empty.
 */
export async function ensureLoadedDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const handle = await openDatabase({ url });
  await migrateToLatest(handle.db);
  await loadDataset(handle.db);
  await handle.close();
  const stats = new pg.Client({ connectionString: url });
  await stats.connect();
  await stats.query('analyze');
  await stats.end();
}
