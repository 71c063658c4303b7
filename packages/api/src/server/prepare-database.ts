import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import { classifyDatabaseError, describeDatabaseError } from '../db/database-errors.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDataset, type LoadReport } from '../dataset/load-dataset.js';

export interface PrepareOptions {
  retryMs: number;
  /** Told once when the database is found away, and again when it has been away for a while. */
  onWaiting: (reason: string) => void;
  /** Stops waiting (a shutdown). */
  signal?: AbortSignal;
}

/**
 * Migrates and loads the dataset; while the database is away (not started
 * yet, restarting) it waits and tries again, however long that takes. Any
 * other failure (a migration that fails on its own) is thrown.
 */
export async function prepareDatabase(db: Kysely<Database>, options: PrepareOptions): Promise<LoadReport> {
  let lastNotice = 0;
  for (;;) {
    try {
      await migrateToLatest(db);
      return await loadDataset(db);
    } catch (error) {
      if (classifyDatabaseError(error) !== 'unavailable') throw error;
      // One line when it starts waiting, then one a minute: enough to see what it waits for.
      if (Date.now() - lastNotice >= 60_000) {
        options.onWaiting(describeDatabaseError(error));
        lastNotice = Date.now();
      }
      await sleep(options.retryMs, undefined, { signal: options.signal });
    }
  }
}
