import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const doc = (hash: string, extra: Record<string, unknown> = {}) => ({
  kind: 'ARTICLE' as const,
  title: 'Tiêu đề',
  text: 'văn bản',
  content_hash: hash,
  ...extra,
});

describe('source metadata columns (migration 0004)', () => {
  it('defaults language to vi and role to SECONDARY; keeps title_en and licence', async () => {
    const { db } = database;
    const row = await db
      .insertInto('source_document')
      .values(doc('meta-1', { title_en: 'Title', licence: 'CC-BY-4.0' }))
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: 'vi', role: 'SECONDARY', title_en: 'Title', licence: 'CC-BY-4.0' });
  });

  it('refuses a language or role outside the vocabulary', async () => {
    const { db } = database;
    await expect(db.insertInto('source_document').values(doc('meta-2', { language: 'fr' })).execute()).rejects.toThrow();
    await expect(db.insertInto('source_document').values(doc('meta-3', { role: 'TERTIARY' })).execute()).rejects.toThrow();
  });

  it('gives every observation a locator column, null unless the figure was read from a table', async () => {
    const { db } = database;
    const rows = await db
      .selectFrom('observation')
      .innerJoin('source_document as s', 's.id', 'observation.source_id')
      .select(['s.kind', 'observation.locator'])
      .where('s.kind', '=', 'ARTICLE')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.locator === null)).toBe(true);
  });
});
