import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { LIMITS, type QueryLimits, type RateLimitSettings, readLifecycleSettings, readRateLimitSettings } from '../config.js';
import type { DatabaseKind } from '../db/connect.js';
import { DatabaseHealth } from '../db/database-health.js';
import { DataSizesCache } from '../graphql/limits/data-sizes.cache.js';
import type { Db } from '../repositories/db.types.js';
import { compressionOptions } from './compression.js';
import { graphqlErrorHandler } from './error-handler.js';
import { graphqlRoutes } from './graphql.routes.js';
import { downloadsRoutes } from './downloads.routes.js';
import { embedsRoutes } from './embeds.routes.js';
import { feedsRoutes } from './feeds.routes.js';
import { healthRoutes } from './health.routes.js';
import { rateLimitRequests } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { oembedRoutes } from './oembed.routes.js';
import { pagesRoutes } from './pages.routes.js';

export interface AppOptions {
  db: Db;
  /** A read replica: GraphQL queries read from it, mutations write to `db` (default: `db`). */
  readDb?: Db;
  /** pino logger options; `false` (the default, for tests) logs nothing. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Whether the database answers (the server passes the one it starts with);
   * by default one that starts ready and watches `db`.
   */
  health?: DatabaseHealth;
  /** For the default `health`: an embedded database that answers wrongly is broken for good. */
  databaseKind?: DatabaseKind;
  /** What one request may ask for (default: `LIMITS`, from the environment). */
  limits?: QueryLimits;
  /** Requests per client (default: from the environment); `namespace` keeps the Redis counters of separate deployments apart. */
  rateLimit?: RateLimitSettings & { namespace?: string };
}

/**
 * The whole HTTP surface of egov-vn as one Fastify app: GraphQL (yoga) at
 * /graphql, health checks, and every other route module. It does not listen:
 * `main.ts` does; tests call `app.inject()` or listen on port 0.
 *
 * @example
 * const app = await buildApp({ db });
 * const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = options.limits ?? LIMITS;
  const app = Fastify({
    logger: options.logger ?? false,
    // Counted while reading, so a chunked upload is held to it too.
    bodyLimit: limits.maxBodyBytes,
    requestIdHeader: 'x-request-id',
  });
  const lifecycle = readLifecycleSettings();
  const health =
    options.health ??
    new DatabaseHealth(options.db, {
      embedded: options.databaseKind === 'pglite',
      probeMs: lifecycle.databaseProbeMs,
      probeTimeoutMs: lifecycle.databaseProbeTimeoutMs,
      retryMs: lifecycle.databaseRetryMs,
    });
  app.addHook('onClose', async () => health.stop());
  // Requests' statements tell the health check the database is answering (busy is not away).
  const db = options.db.withPlugin(health.answers);
  const { retryAfterSeconds } = lifecycle;
  const dataSizes = new DataSizesCache(db, { maxAgeMs: limits.dataSizesMaxAgeMs, isReady: () => health.ready });
  // Read before the first request when the database is there (the server reads them once it is ready).
  if (health.ready) await dataSizes.refresh();
  app.setErrorHandler(graphqlErrorHandler);
  await securityHeaders(app);
  const rate: RateLimitSettings & { namespace?: string } = options.rateLimit ?? readRateLimitSettings();
  const countWrite = await rateLimitRequests(app, rate, { db, health, namespace: rate.namespace });
  // First: it compresses the routes declared after it.
  await app.register(compress, compressionOptions);
  await app.register(healthRoutes, { health, retryAfterSeconds });
  await app.register(graphqlRoutes, { db, readDb: options.readDb, health, retryAfterSeconds, limits, dataSizes, countWrite });
  await app.register(pagesRoutes, { db });
  await app.register(embedsRoutes, { db });
  await app.register(oembedRoutes, { db });
  await app.register(downloadsRoutes, { db });
  await app.register(feedsRoutes, { db });
  await app.ready();
  return app;
}
