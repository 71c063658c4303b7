import type { FastifyPluginAsync } from 'fastify';
import type { DatabaseHealth } from '../db/database-health.js';
import type { Db } from '../repositories/db.types.js';
import { createEgovYoga } from '../yoga.js';
import { httpError } from './http-error.js';
import { yogaLogger } from './yoga-logger.js';

/**
 * GraphQL over HTTP at /graphql, answered by yoga. Fastify reads the body
 * (enforcing the size limit however it is sent) and hands yoga the raw text,
 * so yoga parses GraphQL requests exactly as the spec says.
 */
export const graphqlRoutes: FastifyPluginAsync<{ db: Db; health: DatabaseHealth; retryAfterSeconds: number }> = async (
  app,
  { db, health, retryAfterSeconds },
) => {
  const yoga = createEgovYoga(db, { health, retryAfterSeconds, logger: yogaLogger(app.log) });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (body.length === 0) done(httpError(400, 'BAD_REQUEST', 'The request body is empty'));
    else done(null, body);
  });
  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: (req, reply) => yoga.handleNodeRequestAndResponse(req, reply),
  });
};
