import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKey } from '../curation/create-key.js';
import { runCuration } from '../curation/run-curation.js';
import { revokeKeysNamed } from '../repositories/api-key.repository.js';
import type { Db } from '../repositories/db.types.js';
import { isAlive } from '../db/data-dir-lock.js';

/** Where a server holding an embedded database tells the local CLI how to reach its write API. */
export const LOCAL_SERVER_FILE = 'egov-server.json';
export const LOCAL_KEY_NAME = 'local-cli';

export interface LocalServer {
  pid: number;
  /** The GraphQL endpoint on the loopback interface. */
  url: string;
  /** An admin key for this run of the server (its hash is in the database like any key's). */
  key: string;
}

/**
 * The embedded database admits one process: while the server holds it, the
 * CLI writes through the server's write API. The server creates an admin key
 * for this run (revoking the previous run's) and leaves it, readable by its
 * user only, beside the database; the returned function removes it.
 */
export async function publishLocalWriteAccess(db: Db, dataDir: string, port: number): Promise<() => void> {
  const actor = { name: 'server start-up', apiKeyId: null, scope: 'admin' } as const;
  const { key } = await runCuration(db, actor, async (trx) => {
    const revoked = await revokeKeysNamed(trx, LOCAL_KEY_NAME);
    const created = await createKey(trx, actor, LOCAL_KEY_NAME, 'admin');
    // The previous run's key is revoked with it: one audit entry says both.
    return { key: created.key, changes: created.changes.map((c) => ({ ...c, after: { ...(c.after as object), previousKeysRevoked: revoked } })) };
  });
  const file = join(dataDir, LOCAL_SERVER_FILE);
  const server: LocalServer = { pid: process.pid, url: `http://127.0.0.1:${port}/graphql`, key };
  writeFileSync(file, `${JSON.stringify(server)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return () => rmSync(file, { force: true });
}

/** The server holding the embedded database in `dataDir`, if one runs. */
export function findLocalServer(dataDir: string): LocalServer | undefined {
  const file = join(dataDir, LOCAL_SERVER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const server = JSON.parse(readFileSync(file, 'utf8')) as LocalServer;
    return Number.isInteger(server.pid) && isAlive(server.pid) && typeof server.url === 'string' && typeof server.key === 'string' ? server : undefined;
  } catch {
    return undefined;
  }
}
