import { useAPQ } from '@graphql-yoga/plugin-apq';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { getOperationAST } from 'graphql';
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { createCacheStores, type CacheStores } from './cache/cache-stores.js';
import { DataVersionReader } from './cache/data-version.js';
import { type CacheSettings, LIMITS, type QueryLimits, readCacheSettings } from './config.js';
import type { DatabaseHealth } from './db/database-health.js';
import { databaseFaultsPlugin, maskDatabaseFaults } from './graphql/database-faults.plugin.js';
import { executionDeadlinePlugin } from './graphql/execution-deadline.plugin.js';
import { DataSizesCache } from './graphql/limits/data-sizes.cache.js';
import { queryLimitsPlugins } from './graphql/limits/query-limits.plugin.js';
import { type WriteRateContext, writeRatePlugin } from './graphql/limits/write-rate.plugin.js';
import type { Db } from './repositories/db.types.js';
import { keyFromHeaders, ON_BEHALF_OF_HEADER } from './auth/api-keys.js';
import { type Context, createContext } from './graphql/context.js';
import { requestErrorsPlugin } from './graphql/request-errors.plugin.js';
import { requestShapePlugin } from './graphql/request-shape.plugin.js';
import { GRAPHIQL_EXAMPLES } from './graphql/graphiql-examples.js';
import { responseCachePlugins } from './graphql/response-cache.plugin.js';
import { schema } from './graphql/schema.js';

/**
 * The egov-vn GraphQL app over `db`: GraphiQL at /graphql, introspection on,
 * expected errors carry `extensions.code`, everything else is masked.
 * It does not listen: `http/app.ts` mounts it at /graphql, and tests without a
 * socket call `yoga.fetch`.
 *
 * @example
 * const yoga = createEgovYoga(db);
 * const res = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ query: '{ indicators { code } }' }) });
 */
export interface EgovYogaOptions {
  /** Requests are refused with 503 while it is not ready, and told about the database faults requests meet. */
  health?: DatabaseHealth;
  /** `Retry-After` of 503 answers, in seconds. */
  retryAfterSeconds?: number;
  /** Where yoga logs (the Fastify app passes its pino logger); silent by default. */
  logger?: YogaLogger;
  /** What one request may ask for (default: `LIMITS`, from the environment). */
  limits?: QueryLimits;
  /** The data sizes the cost is estimated with (default: read from `db` in the background). */
  dataSizes?: DataSizesCache;
  /** A read replica of `db`: queries (and the data version) are read from it, mutations run on `db`. */
  readDb?: Db | undefined;
  /** Caching settings; by default from the environment (config.ts). */
  cacheSettings?: CacheSettings;
  /** Where answers and persisted queries are kept (the app passes Redis when REDIS_URL is set); by default this process. */
  cacheStores?: CacheStores;
  /**
   * The HTTP server already holds request bodies to `limits.maxBodyBytes` while reading them (the Fastify app does):
   * yoga then reads the body as it is instead of piping it through a counting stream of its own on every request.
   */
  bodyLimitedByServer?: boolean;
}

export function createEgovYoga(db: Db, options: EgovYogaOptions = {}) {
  const retryAfterSeconds = options.retryAfterSeconds ?? 2;
  const limits = options.limits ?? LIMITS;
  const { health } = options;
  const dataSizes = options.dataSizes ?? new DataSizesCache(db, { maxAgeMs: limits.dataSizesMaxAgeMs, isReady: () => health?.ready ?? true });
  const cacheSettings = options.cacheSettings ?? readCacheSettings();
  const stores = options.cacheStores ?? createCacheStores({ ...cacheSettings, redisUrl: undefined });
  const caching: Plugin[] = cacheSettings.enabled
    ? responseCachePlugins({
        stores,
        versions: new DataVersionReader(options.readDb ?? db),
        ttlMs: cacheSettings.ttlMs,
        httpMaxAgeSeconds: cacheSettings.httpMaxAgeSeconds,
        health: options.health,
        retryAfterSeconds,
      })
    : [];
  return createYoga<WriteRateContext>({
    schema,
    context: ({ request }) => createContext(options.readDb ?? db, keyFromHeaders(request.headers), request.headers.get(ON_BEHALF_OF_HEADER)),
    graphqlEndpoint: '/graphql',
    // The bundled GraphiQL works offline; the default one loads its scripts from a CDN.
    renderGraphiQL,
    graphiql: {
      title: 'egov-vn — Vietnam provincial e-government indicators',
      defaultQuery: GRAPHIQL_EXAMPLES[0]!.query,
      defaultTabs: GRAPHIQL_EXAMPLES,
    },
    landingPage: false,
    // CORS is the HTTP app's (http/security-headers.ts): yoga's own reflects any origin with credentials.
    cors: false,
    // One operation per request: a batch would multiply every limit below.
    batching: limits.maxBatch > 1 ? { limit: limits.maxBatch } : false,
    logging: options.logger ?? false,
    ...(options.bodyLimitedByServer ? { maxRequestBodySize: false as const } : {}),
    maskedErrors: { maskError: maskDatabaseFaults(options.health, retryAfterSeconds) },
    plugins: [
      databaseFaultsPlugin(options.health, retryAfterSeconds),
      requestShapePlugin(limits.maxBodyBytes),
      // Persisted queries by SHA-256 (Apollo's protocol): a GET can then name a query by its hash.
      useAPQ({ store: stores.persistedQueries }),
      ...queryLimitsPlugins(limits, dataSizes),
      writeRatePlugin(),
      executionDeadlinePlugin({ timeoutMs: limits.executionTimeoutMs, retryAfterSeconds, health: options.health }),
      requestErrorsPlugin(),
      ...caching,
      ...(options.readDb ? [writesOnPrimaryPlugin(db)] : []),
    ],
  });
}

/** With a read replica: a mutation gets a context on the primary (its writes, and the answer read after them). */
function writesOnPrimaryPlugin(primary: Db): Plugin {
  return {
    onExecute({ args, extendContext }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const ctx = args.contextValue as unknown as Context;
      extendContext(createContext(primary, ctx.apiKey, ctx.onBehalfOf) as unknown as Parameters<typeof extendContext>[0]);
    },
  };
}

export type EgovYoga = ReturnType<typeof createEgovYoga>;
