import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { keyFromHeaders } from '../auth/api-keys.js';
import type { RateLimitSettings } from '../config.js';
import { httpError } from './http-error.js';
import { isMutationRequest } from './mutation-request.js';

/** A client is its API key when it sends one (hashed: keys never reach Redis or logs), else its address. */
function clientOf(request: FastifyRequest): string {
  const key = keyFromHeaders(new Headers(request.headers as Record<string, string>));
  return key ? `key:${createHash('sha256').update(key).digest('hex').slice(0, 32)}` : `ip:${request.ip}`;
}

export interface RateLimitOptions {
  /** Keeps the Redis counters of separate deployments apart. */
  namespace?: string;
  /** The token limit a body is parsed with to tell a mutation (QueryLimits.maxTokens). */
  maxTokens: number;
}

/**
 * Requests per client and window (`RateLimitSettings`): over it, 429
 * RATE_LIMITED with `Retry-After`; mutations are also counted apart against
 * the tighter `writeMax` (`extensions.limit` "writeRate"). Counted in Redis
 * when `redisUrl` is set, so every API process shares one count; a Redis that
 * is away never fails a request (counting is skipped until it is back). Health
 * checks are not counted. Call before the routes are declared.
 */
export async function rateLimitRequests(app: FastifyInstance, settings: RateLimitSettings, options: RateLimitOptions): Promise<void> {
  if (settings.max === 0 && settings.writeMax === 0) return;
  const redis = settings.redisUrl
    ? new Redis(settings.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 200 })
    : undefined;
  if (redis) {
    let warned = false;
    redis.on('error', (error: Error) => {
      if (!warned) app.log.warn({ reason: error.message }, 'rate limit store (Redis) unavailable: not counting');
      warned = true;
    });
    redis.on('ready', () => {
      warned = false;
    });
    app.addHook('onClose', async () => {
      redis.disconnect();
    });
    // Commands are not queued while it connects (a Redis away must not hold requests): wait for it, briefly.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 1_000);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  await app.register(rateLimit, {
    global: settings.max > 0,
    max: settings.max,
    timeWindow: settings.windowMs,
    redis,
    nameSpace: options.namespace ?? 'egov:rate:',
    skipOnError: true,
    keyGenerator: clientOf,
    allowList: (request) => request.url.startsWith('/health/'),
    errorResponseBuilder: (_request, context) =>
      Object.assign(httpError(429, 'RATE_LIMITED', `Too many requests: at most ${context.max} per ${context.after}. Try again in ${context.after}.`), {
        limit: 'rate',
        max: context.max,
      }),
  });
  if (settings.writeMax > 0) limitWrites(app, settings, options.maxTokens);
}

/**
 * Mutations counted apart (after the body is read: the operation is in it),
 * with the rate-limit plugin's own counter, in Redis when it is shared.
 */
function limitWrites(app: FastifyInstance, settings: RateLimitSettings, maxTokens: number): void {
  const countWrite = app.createRateLimit({ max: settings.writeMax, timeWindow: settings.windowMs, keyGenerator: (request) => `${clientOf(request)}:write` });
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql' || !isMutationRequest(request.body, maxTokens)) return;
    const counted = await countWrite(request);
    if (counted.isAllowed || !counted.isExceeded) return;
    reply.header('retry-after', String(counted.ttlInSeconds));
    throw Object.assign(
      httpError(429, 'RATE_LIMITED', `Too many writes: at most ${settings.writeMax} mutations per ${settings.windowMs / 1000} s. Try again in ${counted.ttlInSeconds} s.`),
      { limit: 'writeRate', max: settings.writeMax },
    );
  });
}
