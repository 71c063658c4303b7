import { loadDataset, readCorpusDocuments } from '@egov-vn/api';
import { loadIndexObservations } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function counts() {
  const { db } = database;
  const one = async (table: 'area' | 'indicator' | 'source_document' | 'observation') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { area: await one('area'), indicator: await one('indicator'), source: await one('source_document'), observation: await one('observation') };
}

describe('loading the dataset', () => {
  it('holds every unit of both geographies and every figure', async () => {
    const c = await counts();
    expect(c.area).toBe(63 + 696 + 10_035 + 34 + 3_321);
    // The founding articles, the index tables, and the pages of the labelled corpus (tests/labelled-corpus.test.ts).
    const index = loadIndexObservations();
    const byKind = await database.db
      .selectFrom('source_document as s')
      .leftJoin('observation as o', 'o.source_id', 's.id')
      .select(['s.kind', (eb) => eb.fn.count('s.id').distinct().as('sources'), (eb) => eb.fn.count('o.id').as('figures')])
      .groupBy('s.kind')
      .execute();
    const table = byKind.find((k) => k.kind === 'TABLE')!;
    expect([Number(table.sources), Number(table.figures)]).toEqual([index.sources.length, index.observations.length]);
    const founding = await database.db
      .selectFrom('source_document as s')
      .innerJoin('observation as o', 'o.source_id', 's.id')
      .select((eb) => eb.fn.count('o.id').as('n'))
      .where('s.title', 'in', readCorpusDocuments().map((d) => d.title))
      .executeTakeFirstOrThrow();
    expect(Number(founding.n)).toBe(26);
  });

  it('is idempotent, also when forced to re-import everything', async () => {
    const before = await counts();
    const skipped = await loadDataset(database.db);
    expect(skipped.loaded).toEqual({});
    const forced = await loadDataset(database.db, { force: true });
    expect(forced.loaded.corpus).toEqual({ documents: 5, figures: 26, decisions: 26, warnings: [] });
    expect(forced.warnings).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('links every unit to its parent', async () => {
    const orphans = await database.db
      .selectFrom('area')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('level', '!=', 'PROVINCE')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
  });

  it('keeps numeric values exact and dates as written', async () => {
    const row = await database.db
      .selectFrom('observation')
      .innerJoin('source_document', 'source_document.id', 'observation.source_id')
      .select(['observation.value', 'source_document.published_at'])
      .where('observation.indicator_code', '=', 'households_internet_pct')
      .executeTakeFirstOrThrow();
    expect(row.value).toBe('9.62');
    expect(row.published_at).toBe('2012-07-14');
  });
});
