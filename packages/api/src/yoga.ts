import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaLogger } from 'graphql-yoga';
import { LIMITS, MAX_BODY_BYTES } from './config.js';
import type { DatabaseHealth } from './db/database-health.js';
import { databaseFaultsPlugin, maskDatabaseFaults } from './graphql/database-faults.plugin.js';
import { executionDeadlinePlugin } from './graphql/execution-deadline.plugin.js';
import type { Db } from './repositories/db.types.js';
import { keyFromHeaders, ON_BEHALF_OF_HEADER } from './auth/api-keys.js';
import { createContext } from './graphql/context.js';
import { requestErrorsPlugin } from './graphql/request-errors.plugin.js';
import { GRAPHIQL_EXAMPLES } from './graphql/graphiql-examples.js';
import { schema } from './graphql/schema.js';

function bodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      const url = new URL(request.url);
      const queryLength = url.search.length;
      if (length > MAX_BODY_BYTES || queryLength > MAX_BODY_BYTES) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [{ message: `Request larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}

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
}

export function createEgovYoga(db: Db, options: EgovYogaOptions = {}) {
  const retryAfterSeconds = options.retryAfterSeconds ?? 2;
  return createYoga({
    schema,
    context: ({ request }) => createContext(db, keyFromHeaders(request.headers), request.headers.get(ON_BEHALF_OF_HEADER)),
    graphqlEndpoint: '/graphql',
    // The bundled GraphiQL works offline; the default one loads its scripts from a CDN.
    renderGraphiQL,
    graphiql: {
      title: 'egov-vn — Vietnam provincial e-government indicators',
      defaultQuery: GRAPHIQL_EXAMPLES[0]!.query,
      defaultTabs: GRAPHIQL_EXAMPLES,
    },
    landingPage: false,
    logging: options.logger ?? false,
    maskedErrors: { maskError: maskDatabaseFaults(options.health, retryAfterSeconds) },
    plugins: [
      databaseFaultsPlugin(options.health, retryAfterSeconds),
      bodyLimitPlugin(),
      executionDeadlinePlugin({ timeoutMs: LIMITS.executionTimeoutMs, retryAfterSeconds, health: options.health }),
      requestErrorsPlugin(),
      maxDepthPlugin({ n: 12, exposeLimits: true }),
      costLimitPlugin({ maxCost: 100_000, exposeLimits: true }),
    ],
  });
}

export type EgovYoga = ReturnType<typeof createEgovYoga>;
