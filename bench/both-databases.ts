import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadDataset, migrateToLatest, openDatabase, type DatabaseHandle } from '@egov-vn/api';

/**
 * Runs `measure` on a fresh embedded PGlite with the full dataset, then on a
 * throwaway database of the machine's PostgreSQL when it answers (skipped
 * with a note otherwise): both sides in one run.
 */
export async function onBothDatabases(prefix: string, measure: (label: string, handle: DatabaseHandle) => Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const embedded = await openDatabase({ dataDir: dir });
  await migrateToLatest(embedded.db);
  await loadDataset(embedded.db);
  await measure('embedded PGlite', embedded);
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });

  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  const name = `${prefix.replace(/-/g, '_')}_${process.pid}`;
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const server = await openDatabase({ url: `postgres://postgres@127.0.0.1:5432/${name}` });
    await migrateToLatest(server.db);
    await loadDataset(server.db);
    await measure('PostgreSQL (local server)', server);
    await server.close();
    await admin.query(`drop database ${name}`);
  } catch (error) {
    console.log(`\n(PostgreSQL skipped: ${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await admin.end().catch(() => {});
  }
}
