import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { CurationError } from '../curation/curation-error.js';
import type { Db } from '../repositories/db.types.js';
import { authenticate } from './api-keys.js';

export interface IssuedKeyCheckOptions {
  /** While false (the database away) no key is looked up: every key answers null. */
  isReady?: () => boolean;
  /** How many answers are kept (live keys and refused ones alike). */
  maxKeys?: number;
  /** How long an answer is kept: a revoked key keeps its own count at most this long. */
  ttlMs?: number;
}

/**
 * Whether a key is one the API issued and has not revoked, answered with the
 * key's id, else null: what the rate limit counts a
 * client by, so a client inventing keys does not get a fresh count per key.
 * The check is `authenticate` (the stored hash compared in constant time);
 * answers are kept a minute, keyed by the key's sha256 (no secret kept), and
 * concurrent requests with one key share one lookup. A malformed key costs no
 * lookup; a well-formed unknown one costs one indexed read, like any request.
 */
export function issuedKeyCheck(db: Db, options: IssuedKeyCheckOptions = {}): (key: string) => Promise<string | null> {
  const cache = new LRUCache<string, string, string>({
    max: options.maxKeys ?? 10_000,
    ttl: options.ttlMs ?? 60_000,
    // '' for a key that is not a live one; undefined (nothing kept) when the database could not say.
    fetchMethod: async (_hash, _stale, { context: key }) => {
      try {
        const { apiKeyId } = await authenticate(db, key);
        return apiKeyId === null ? '' : String(apiKeyId);
      } catch (error) {
        if (error instanceof CurationError) return '';
        return undefined;
      }
    },
  });
  return async (key) => {
    if (options.isReady && !options.isReady()) return null;
    const id = await cache.fetch(createHash('sha256').update(key).digest('hex'), { context: key });
    return id || null;
  };
}
