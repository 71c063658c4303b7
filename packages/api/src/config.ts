import { fileURLToPath } from 'node:url';

/** Requests above this size are refused before parsing, however they are sent. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface Config {
  port: number;
  /** Real PostgreSQL when set; otherwise the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
}

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

/** Reads PORT (default 4000), DATABASE_URL and EGOV_DATA_DIR (default `<repo>/.data/pglite`). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.EGOV_DATA_DIR || DEFAULT_DATA_DIR,
  };
}
