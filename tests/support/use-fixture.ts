import { afterAll, beforeAll } from 'vitest';

/**
 * Something the tests of a file (or `describe`) share: opened in `beforeAll`,
 * closed in `afterAll`. The returned function gives it inside hooks and tests,
 * which run after it has opened.
 */
export function useFixture<T extends { close(): Promise<void> }>(name: string, open: () => Promise<T>): () => T {
  let opened: T | undefined;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.close();
  });
  return () => {
    if (!opened) throw new Error(`${name}: it opens in beforeAll; use it inside a hook or a test`);
    return opened;
  };
}
