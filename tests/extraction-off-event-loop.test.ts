import { readdirSync, readFileSync } from 'node:fs';
import { buildApp, createApiKey, LIMITS } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

// Issue 14: addSource extracted its text on the event loop (and inside its transaction), so every
// other request waited for it; a text of the size the CLI accepts took seconds. It now runs in a
// worker thread before the transaction: normal queries keep being answered while it runs.

const CORPUS = new URL('../../shared/corpus/', import.meta.url);
const ARTICLE = readFileSync(new URL(readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort()[0]!, CORPUS), 'utf8');
/** About 400 KB of a real article, repeated: a second or more of extraction. */
const LARGE_TEXT = ARTICLE.repeat(Math.ceil(400_000 / ARTICLE.length));
const ADD = 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { contentHash } candidates } }';
const NORMAL = '{ areas(level: PROVINCE, geography: pre2025, first: 63) { nodes { code name } } }';

describe('addSource extraction off the event loop', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let key: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    // The body limit raised to carry the large text (the CLI takes documents up to 5 MB); the execution
    // deadline too, so that only the order of answers is tested.
    const limits = { ...LIMITS, maxBodyBytes: 4 * LARGE_TEXT.length, executionTimeoutMs: 300_000 };
    app = await buildApp({ db: database.db, databaseKind: database.kind, limits, rateLimit: { max: 0, writeMax: 0, windowMs: 60_000, redisUrl: undefined } });
    key = (await createApiKey(database.db, 'large-source-curator', 'curator')).key;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query, variables } });

  it('answers normal queries, one after another, while a large source is being extracted', async () => {
    let added = false;
    const adding = post(ADD, { i: { text: LARGE_TEXT, url: 'https://example.test/large-source', title: 'Large source' } }, { authorization: `Bearer ${key}` }).finally(() => {
      added = true;
    });
    const answeredMeanwhile: number[] = [];
    for (let i = 0; !added && i < 1_000; i += 1) {
      const res = await post(NORMAL);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.areas.nodes).toHaveLength(63);
      if (!added) answeredMeanwhile.push(i);
    }
    const res = (await adding).json();
    expect(res.errors).toBeUndefined();
    expect(res.data.addSource.candidates).toBeGreaterThan(0);
    // On the event loop, none could be answered from the moment extraction began until the source was stored.
    expect(answeredMeanwhile.length, 'queries answered while the source was extracted').toBeGreaterThanOrEqual(3);
  });
});
