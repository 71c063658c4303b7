import type { AddressInfo } from 'node:net';
import { readConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/connect.js';
import { DatabaseHealth } from './db/database-health.js';
import { describeDatabaseError } from './db/database-errors.js';
import { buildApp } from './http/app.js';
import { exitGracefullyOn } from './server/graceful-shutdown.js';
import { LOCAL_SERVER_FILE, publishLocalWriteAccess } from './server/local-write-access.js';
import { prepareDatabase } from './server/prepare-database.js';

// The server: it listens at once (liveness answers, readiness says "starting"),
// then migrates and loads the dataset, waiting for the database if it is away.
const config = readConfig();
const fail = (message: string): never => {
  console.error(`egov-vn API could not start: ${message}`);
  process.exit(1);
};

let log: { warn: (o: object, msg: string) => void } = { warn: (o, msg) => console.warn(msg, o) };
const handle: DatabaseHandle = await openDatabase({
  url: config.databaseUrl,
  dataDir: config.dataDir,
  settings: config.database,
  onConnectionError: (error) => log.warn({ reason: describeDatabaseError(error) }, 'database connection lost'),
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

// Reads from a replica when DATABASE_READ_URL is set: a pool of its own, with the serving limits.
const reader: DatabaseHandle | undefined = config.databaseReadUrl
  ? await openDatabase({
      url: config.databaseReadUrl,
      settings: config.database,
      onConnectionError: (error) => log.warn({ reason: describeDatabaseError(error) }, 'replica connection lost'),
    })
  : undefined;

const health = new DatabaseHealth(handle.db, {
  initial: 'starting',
  embedded: handle.kind === 'pglite',
  probeMs: config.lifecycle.databaseProbeMs,
  probeTimeoutMs: config.lifecycle.databaseProbeTimeoutMs,
  retryMs: config.lifecycle.databaseRetryMs,
  onChange: (state, reason) => {
    const line = reason ? `database ${state}: ${reason}` : `database ${state}`;
    if (state === 'ready') app.log.info(line);
    else app.log.error(line);
  },
});
const app = await buildApp({ db: handle.db, readDb: reader?.db, health, logger: { level: config.logLevel } });
log = app.log;

const starting = new AbortController();
// Set once the server lets the local CLI write through it (embedded database only).
let withdrawLocalWriteAccess = (): void => {};
exitGracefullyOn(['SIGTERM', 'SIGINT'], {
  app,
  log: app.log,
  timeoutMs: config.lifecycle.shutdownTimeoutMs,
  onStart: () => starting.abort(),
  closeDatabase: () => {
    withdrawLocalWriteAccess();
    return Promise.all([handle.close(), reader?.close()]).then(() => undefined);
  },
});

try {
  await app.listen({ port: config.port, host: '::' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  await handle.close();
  fail(code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to a free port (PORT=4100 pnpm start).` : String(error));
}
const { port } = app.server.address() as AddressInfo;
const where = handle.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
app.log.info(`egov-vn API listening at http://localhost:${port}/graphql — ${where}; preparing the database`);

// Migrating and loading may run statements far longer than a request's limit: on a
// server, through a connection of its own without the serving limits.
const maintenance = config.databaseUrl ? await openDatabase({ url: config.databaseUrl }) : handle;
try {
  const report = await prepareDatabase(maintenance.db, {
    retryMs: config.lifecycle.databaseRetryMs,
    signal: starting.signal,
    onWaiting: (reason) => {
      health.setStartingReason(`waiting for the database: ${reason}`);
      app.log.error(`database unavailable (${reason}): waiting for it, retrying every ${config.lifecycle.databaseRetryMs} ms; /health/ready answers 503 until then`);
    },
  });
  for (const warning of report.warnings) app.log.warn(`dataset: ${warning}`);
  const loaded = Object.keys(report.loaded);
  app.log.info(
    `dataset: ${loaded.length > 0 ? `loaded ${loaded.join(', ')}` : 'up to date'}${report.skipped.length > 0 ? ` (unchanged: ${report.skipped.join(', ')})` : ''}`,
  );
  if (handle.kind === 'pglite') {
    withdrawLocalWriteAccess = await publishLocalWriteAccess(handle.db, config.dataDir, port);
    app.log.info(`local CLI writes go through this server (${LOCAL_SERVER_FILE} in ${config.dataDir})`);
  }
  health.markReady();
  app.log.info(`egov-vn API ready at http://localhost:${port}/graphql — ${where}`);
} catch (error) {
  if (!starting.signal.aborted) {
    app.log.error(`the database could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
    await app.close();
    await handle.close();
    process.exit(1);
  }
} finally {
  if (maintenance !== handle) await maintenance.close();
}
