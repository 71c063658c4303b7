import type { Cache } from '@envelop/response-cache';
import type { APQStore } from '@graphql-yoga/plugin-apq';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { ExecutionResult } from 'graphql';
import type { CacheSettings } from '../config.js';

/** Where cached answers and persisted queries live: this process, or Redis shared by every process. */
export interface CacheStores {
  kind: 'memory' | 'redis';
  responses: Cache;
  persistedQueries: APQStore;
  close(): Promise<void>;
}

interface Warn {
  warn(o: object, msg: string): void;
}

/**
 * Answers are keyed on the data version (see data-version.ts), so a store never
 * has to be told what to drop: an entry of an old version is never asked for
 * again and leaves by age or room. Hence `invalidate` does nothing.
 */
export function createCacheStores(settings: CacheSettings, log: Warn = { warn: () => {} }): CacheStores {
  return settings.redisUrl ? redisStores(settings, settings.redisUrl, log) : memoryStores(settings);
}

function memoryStores(settings: CacheSettings): CacheStores {
  const answers = new LRUCache<string, ExecutionResult>({
    maxSize: settings.maxMegabytes * 1024 * 1024,
    // Measured once, when stored (a miss already costs far more than this).
    sizeCalculation: (result) => JSON.stringify(result).length || 1,
    ttl: settings.ttlMs,
  });
  const queries = new LRUCache<string, string>({ max: 10_000, ttl: settings.ttlMs });
  return {
    kind: 'memory',
    responses: {
      get: (key) => answers.get(key),
      set: (key, result) => void answers.set(key, result),
      invalidate: () => {},
    },
    persistedQueries: { get: (hash) => queries.get(hash), set: (hash, query) => void queries.set(hash, query) },
    close: async () => answers.clear(),
  };
}

/**
 * Redis as the shared store. A Redis that is away or slow never fails a
 * request: a failed read is a miss, a failed write is skipped (one warning per
 * outage). @envelop/response-cache-redis is not used because it keeps, besides
 * each answer, ever-growing sets of answer ids per type for entity-based
 * invalidation, which version keys make unneeded.
 */
function redisStores(settings: CacheSettings, url: string, log: Warn): CacheStores {
  const redis = new Redis(url, {
    commandTimeout: settings.redisTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let warned = false;
  const failed = (error: unknown) => {
    if (!warned) log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'shared cache (Redis) unavailable: answering uncached');
    warned = true;
    return undefined;
  };
  redis.on('error', failed);
  redis.on('ready', () => {
    warned = false;
  });
  const px = settings.ttlMs;
  return {
    kind: 'redis',
    responses: {
      get: (key) =>
        redis.get(`egov:answer:${key}`).then((json) => (json ? (JSON.parse(json) as ExecutionResult) : undefined), failed),
      set: (key, result) => redis.set(`egov:answer:${key}`, JSON.stringify(result), 'PX', px).then(() => undefined, failed),
      invalidate: () => {},
    },
    persistedQueries: {
      get: (hash) => redis.get(`egov:apq:${hash}`).then((query) => query, (error: unknown) => failed(error) ?? null),
      set: (hash, query) => redis.set(`egov:apq:${hash}`, query, 'PX', px).then(() => undefined, failed),
    },
    close: async () => {
      redis.disconnect();
    },
  };
}
