import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import { readConfig } from '../../config.js';
import { findLocalServer, type LocalServer } from '../../server/local-write-access.js';
import { withDatabase } from '../cli-database.js';
import { localActor } from '../local-actor.js';
import { directFigureCurator, type FigureCurator, serverFigureCurator } from './figure.curator.js';
import { directKeyCurator, type KeyCurator, serverKeyCurator } from './key.curator.js';
import { directReleaseCurator, type ReleaseCurator, serverReleaseCurator } from './release.curator.js';
import { directReviewCurator, type ReviewCurator, serverReviewCurator } from './review.curator.js';
import { serverCall } from './server-call.js';
import { directSourceCurator, serverSourceCurator, type SourceCurator } from './source.curator.js';

/**
 * A curator's writes, wherever the database is: opened by the CLI itself, or
 * held by a running server on the embedded database, whose write API the CLI
 * then uses with the server's local admin key. Both run the same curation code.
 * One part per command group, each with its two ways in its own file.
 */
export type CuratorClient = {
  /** "the database" or "the server at <url>". */
  via: string;
} & ReviewCurator &
  FigureCurator &
  SourceCurator &
  ReleaseCurator &
  KeyCurator;

function directCurator(db: Kysely<Database>): CuratorClient {
  const actor = localActor();
  return {
    via: 'the database',
    ...directReviewCurator(db, actor),
    ...directFigureCurator(db, actor),
    ...directSourceCurator(db, actor),
    ...directReleaseCurator(db, actor),
    ...directKeyCurator(db, actor),
  };
}

function serverCurator(server: LocalServer): CuratorClient {
  const call = serverCall(server);
  return {
    via: `the server at ${server.url}`,
    ...serverReviewCurator(call),
    ...serverFigureCurator(call),
    ...serverSourceCurator(call),
    ...serverReleaseCurator(call),
    ...serverKeyCurator(call),
  };
}

/**
 * Runs a command's writes through the server when it holds the embedded
 * database (they appear there at once, no restart), otherwise on the database
 * directly. On PostgreSQL the CLI always writes directly: the server sees it.
 */
export async function withCurator<T>(body: (curator: CuratorClient) => Promise<T>): Promise<T> {
  const config = readConfig();
  const server = config.databaseUrl ? undefined : findLocalServer(config.dataDir);
  if (server) return body(serverCurator(server));
  return withDatabase(({ db }) => body(directCurator(db)));
}
