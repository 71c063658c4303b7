import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '@egov-vn/schema';
import { Kysely, type LogEvent, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { type DatabaseSettings, MAINTENANCE_DATABASE_SETTINGS } from '../config.js';
import { lockDataDir } from './data-dir-lock.js';
import { configurePgTypeParsers, pgliteParsers } from './type-parsers.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it, an embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `undefined` keeps it in memory. */
  dataDir?: string | undefined;
  /** Called once per SQL statement: used to count the work a request does. */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** PostgreSQL pool settings; by default those for migrating and loading (no statement limit). */
  settings?: DatabaseSettings;
  /**
   * Told about a connection that failed outside any query (the server restarted
   * while it was idle). Such errors never crash the process; the next query
   * reconnects.
   */
  onConnectionError?: (error: Error) => void;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/**
 * Opens the database: PostgreSQL through `pg` when `url` is given, otherwise
 * embedded PGlite in `dataDir`. Both return the same JS types (see type-parsers).
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: '.data/pglite' });
 * await db.selectFrom('indicator').selectAll().execute();
 * await close();
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const log = options.onQuery
    ? (event: LogEvent) => {
        if (event.level === 'query') options.onQuery?.(event.query.sql, event.query.parameters);
      }
    : undefined;

  if (options.url) {
    configurePgTypeParsers();
    const pool = createPool(options.url, options.settings ?? MAINTENANCE_DATABASE_SETTINGS, options.onConnectionError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  let unlock = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: options.dataDir, parsers: pgliteParsers });
  } catch (error) {
    unlock();
    throw new Error(
      `Could not open the embedded database in ${options.dataDir ?? 'memory'}: it was probably left inconsistent by a ` +
        'killed process. It holds only the published dataset unless you ingested documents into it: move the ' +
        'folder away and start again to rebuild it.',
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client), log });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      unlock();
    },
  };
}

const orZero = (ms: number) => (ms > 0 ? ms : undefined);

function createPool(url: string, settings: DatabaseSettings, onConnectionError: (error: Error) => void = () => {}) {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'egov-vn',
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: orZero(settings.statementTimeoutMs),
    query_timeout: orZero(settings.queryTimeoutMs),
    idle_in_transaction_session_timeout: orZero(settings.idleInTransactionTimeoutMs),
    keepAlive: true,
  });
  // Without these an 'error' event has no listener and kills the process: the
  // pool reports idle clients, and a client checked out between two statements
  // (inside a transaction) reports on itself only.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));
  return pool;
}
