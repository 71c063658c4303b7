import { readConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { loadDataset } from './dataset/load-dataset.js';
import { buildApp } from './http/app.js';

async function open() {
  const config = readConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return { config, handle, report: await loadDataset(handle.db) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

const { config, handle, report } = await open().catch((error: unknown) => {
  console.error(`egov-vn API could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const loaded = Object.keys(report.loaded);
console.log(
  `dataset: ${loaded.length > 0 ? `loaded ${loaded.join(', ')}` : 'up to date'}${report.skipped.length > 0 ? ` (unchanged: ${report.skipped.join(', ')})` : ''}`,
);

const app = await buildApp({ db: handle.db, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
try {
  await app.listen({ port: config.port, host: '::' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to a free port (PORT=4100 pnpm start).` : error);
  await handle.close();
  process.exit(1);
}
const where = handle.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
console.log(`egov-vn API ready at http://localhost:${config.port}/graphql — ${where}`);

async function shutdown(signal: string) {
  console.log(`${signal}: shutting down`);
  await app.close();
  await handle.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
