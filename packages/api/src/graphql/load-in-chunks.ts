import { MAX_KEYS_PER_STATEMENT } from '../config.js';

/**
 * A loader's batch function that hands the database at most MAX_KEYS_PER_STATEMENT keys per
 * statement and sends those statements one after another. DataLoader's own `maxBatchSize` would
 * dispatch every chunk at once: a request naming 65,535 ids took 66 of the pool's connections in
 * one go, so it waited past the pool's connect timeout (503) and starved every other request.
 * Results stay aligned with the keys.
 */
export function loadInChunks<K, V>(load: (keys: K[]) => Promise<readonly V[]>): (keys: K[]) => Promise<V[]> {
  return async (keys) => {
    if (keys.length <= MAX_KEYS_PER_STATEMENT) return [...(await load(keys))];
    const results: V[] = [];
    for (let start = 0; start < keys.length; start += MAX_KEYS_PER_STATEMENT) {
      for (const value of await load(keys.slice(start, start + MAX_KEYS_PER_STATEMENT))) results.push(value);
    }
    return results;
  };
}
