import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '../config.js';
import type { Db } from '../repositories/db.types.js';
import { graphqlErrorHandler } from './error-handler.js';
import { graphqlRoutes } from './graphql.routes.js';
import { healthRoutes } from './health.routes.js';

export interface AppOptions {
  db: Db;
  /** pino logger options; `false` (the default, for tests) logs nothing. */
  logger?: FastifyServerOptions['logger'];
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
  const app = Fastify({
    logger: options.logger ?? false,
    // Counted while reading, so a chunked upload is held to it too.
    bodyLimit: MAX_BODY_BYTES,
    requestIdHeader: 'x-request-id',
  });
  app.setErrorHandler(graphqlErrorHandler);
  await app.register(healthRoutes, { db: options.db });
  await app.register(graphqlRoutes, { db: options.db });
  await app.ready();
  return app;
}
