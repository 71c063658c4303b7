import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { keyFromHeaders } from '../auth/api-keys.js';
import { issuedKeyCheck } from '../auth/issued-key-check.js';
import type { RateLimitSettings } from '../config.js';
import type { DatabaseHealth } from '../db/database-health.js';
import type { Db } from '../repositories/db.types.js';
import type { WriteVerdict } from '../graphql/limits/write-rate.plugin.js';
import { httpError } from './http-error.js';

type ClientOf = (request: FastifyRequest) => Promise<string>;

/**
 * A client is its API key when it sends one the API issued (by the key's id:
 * secrets never reach Redis or logs), else its address — an IPv6 address by
 * its /64 network, which one subscriber holds whole. A key that is unknown,
 * malformed, wrong or revoked is counted with the address it came from, so
 * inventing keys gains no fresh count; it is not refused here, as reads need
 * no key (a write with it is refused UNAUTHENTICATED). Asked once per request.
 */
function clientIdentity(db: Db, health: DatabaseHealth | undefined): ClientOf {
  const issued = issuedKeyCheck(db, { isReady: () => health?.ready ?? true });
  const known = new WeakMap<FastifyRequest, Promise<string>>();
  const identify = async (request: FastifyRequest) => {
    const key = keyFromHeaders(new Headers(request.headers as Record<string, string>));
    const id = key ? await issued(key) : null;
    return id ? `key:${id}` : `ip:${normalizeIP(request.ip)}`;
  };
  return (request) => {
    let client = known.get(request);
    if (!client) known.set(request, (client = identify(request)));
    return client;
  };
}

export interface RateLimitOptions {
  /** Where API keys are checked (a key counts as a client of its own only once the API knows it). */
  db: Db;
  /** While the database is away, keys are not looked up: requests count by address. */
  health?: DatabaseHealth;
  /** Keeps the Redis counters of separate deployments apart. */
  namespace?: string;
}

/**
 * Requests per client and window (`RateLimitSettings`): over it, 429
 * RATE_LIMITED with `Retry-After`; mutations are also counted apart against
 * the tighter `writeMax` (`extensions.limit` "writeRate"). Counted in Redis
 * when `redisUrl` is set, so every API process shares one count; a Redis that
 * is away never fails a request (counting is skipped until it is back). Health
 * checks are not counted. Call before the routes are declared. Returns the
 * counter GraphQL counts mutations with (none without a write limit).
 */
export async function rateLimitRequests(app: FastifyInstance, settings: RateLimitSettings, options: RateLimitOptions): Promise<WriteCounter | undefined> {
  if (settings.max === 0 && settings.writeMax === 0) return undefined;
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
  const clientOf = clientIdentity(options.db, options.health);
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
  return settings.writeMax > 0 ? writeCounter(app, settings, clientOf) : undefined;
}

/** One more write by the client of `request`: counted (in Redis when shared) against `writeMax`. */
export type WriteCounter = (request: FastifyRequest) => Promise<WriteVerdict>;

/**
 * Mutations counted apart, with the rate-limit plugin's own counter. The count
 * is taken by GraphQL when a mutation is about to run
 * (graphql/limits/write-rate.plugin.ts): only there is the operation known
 * however it was sent (a persisted query's hash, a batch).
 */
function writeCounter(app: FastifyInstance, settings: RateLimitSettings, clientOf: ClientOf): WriteCounter {
  const countWrite = app.createRateLimit({ max: settings.writeMax, timeWindow: settings.windowMs, keyGenerator: async (request) => `${await clientOf(request)}:write` });
  const windowSeconds = settings.windowMs / 1000;
  const count = async (request: FastifyRequest): Promise<WriteVerdict> => {
    const counted = await countWrite(request);
    const allowed = counted.isAllowed || !counted.isExceeded;
    return { allowed, max: settings.writeMax, windowSeconds, retryAfterSeconds: counted.isAllowed ? 0 : counted.ttlInSeconds };
  };
  // One count at a time: the in-memory store hands back its live counter, so counts taken at once (the
  // mutations of a batch) would all read the last number. Writes are few; the queue costs nothing to reads.
  let previous: Promise<unknown> = Promise.resolve();
  return (request) => {
    const verdict = previous.then(() => count(request));
    previous = verdict.catch(() => undefined);
    return verdict;
  };
}
