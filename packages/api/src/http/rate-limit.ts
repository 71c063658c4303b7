import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { keyFromHeaders } from '../auth/api-keys.js';
import type { RateLimitSettings } from '../config.js';
import { httpError } from './http-error.js';

/** A client is its API key when it sends one (hashed: keys never reach Redis or logs), else its address. */
function clientOf(request: FastifyRequest): string {
  const key = keyFromHeaders(new Headers(request.headers as Record<string, string>));
  return key ? `key:${createHash('sha256').update(key).digest('hex').slice(0, 32)}` : `ip:${request.ip}`;
}

/**
 * Requests per client and window (`RateLimitSettings`): over it, 429
 * RATE_LIMITED with `Retry-After`. Counted in Redis when `redisUrl` is set, so
 * every API process shares one count; a Redis that is away never fails a
 * request (counting is skipped until it is back). Health checks are not counted.
 * Call before the routes are declared.
 */
export async function rateLimitRequests(app: FastifyInstance, settings: RateLimitSettings, namespace = 'egov:rate:'): Promise<void> {
  if (settings.max === 0) return;
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
    global: true,
    max: settings.max,
    timeWindow: settings.windowMs,
    redis,
    nameSpace: namespace,
    skipOnError: true,
    keyGenerator: clientOf,
    allowList: (request) => request.url.startsWith('/health/'),
    errorResponseBuilder: (_request, context) =>
      Object.assign(httpError(429, 'RATE_LIMITED', `Too many requests: at most ${context.max} per ${context.after}. Try again in ${context.after}.`), {
        limit: 'rate',
        max: context.max,
      }),
  });
}
