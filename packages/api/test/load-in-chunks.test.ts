import { describe, expect, it } from 'vitest';
import { MAX_KEYS_PER_STATEMENT } from '../src/config.js';
import { loadInChunks } from '../src/graphql/load-in-chunks.js';

describe('loadInChunks', () => {
  it('hands each statement at most MAX_KEYS_PER_STATEMENT keys, one statement at a time, results aligned with the keys', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const sizes: number[] = [];
    const load = loadInChunks(async (keys: number[]) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      sizes.push(keys.length);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return keys.map((k) => k * 2);
    });
    const keys = Array.from({ length: 2 * MAX_KEYS_PER_STATEMENT + 7 }, (_, i) => i);
    expect(await load(keys)).toEqual(keys.map((k) => k * 2));
    expect(sizes).toEqual([MAX_KEYS_PER_STATEMENT, MAX_KEYS_PER_STATEMENT, 7]);
    expect(mostInFlight).toBe(1);
  });

  it('a batch within the limit is one statement', async () => {
    const sizes: number[] = [];
    const load = loadInChunks(async (keys: string[]) => (sizes.push(keys.length), keys));
    expect(await load(['a', 'b'])).toEqual(['a', 'b']);
    expect(sizes).toEqual([2]);
  });
});
