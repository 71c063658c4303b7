import type { FastifyPluginAsync } from 'fastify';
import type { DatabaseHealth } from '../db/database-health.js';

/**
 * Liveness: the process answers, and nothing but a restart would help it
 * (`broken`: the embedded database's engine failed). Readiness: the database
 * answers right now, checked with a query whose answer is verified, so a
 * database that answers wrongly is not ready either.
 */
export const healthRoutes: FastifyPluginAsync<{ health: DatabaseHealth; retryAfterSeconds: number }> = async (
  app,
  { health, retryAfterSeconds },
) => {
  app.get('/health/live', async (_req, reply) => {
    if (health.state !== 'broken') return { status: 'ok' };
    return reply.status(503).send({ status: 'broken', reason: health.reason });
  });
  app.get('/health/ready', async (_req, reply) => {
    const state = await health.check();
    if (state === 'ready') return { status: 'ready' };
    return reply
      .status(503)
      .header('retry-after', String(retryAfterSeconds))
      .send({ status: 'not ready', state, reason: health.reason });
  });
};
