import { readConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDataset } from '../dataset/load-dataset.js';

/**
 * The database the server uses (DATABASE_URL or EGOV_DATA_DIR), migrated and
 * with the dataset loaded (a no-op when it is up to date); the caller closes it.
 */
export async function openCliDatabase(): Promise<DatabaseHandle> {
  const config = readConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    await loadDataset(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Runs a command body with the database open, closing it whatever happens. */
export async function withDatabase<T>(body: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openCliDatabase();
  try {
    return await body(handle);
  } finally {
    await handle.close();
  }
}
