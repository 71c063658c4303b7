import { readCorpusDocuments, readReviewedFigures } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const gold = readReviewedFigures();
const documents = readCorpusDocuments();
// The founding articles; the labelled corpus's pages are published beside them (tests/labelled-corpus.test.ts).
const founding = documents.map((d) => d.title);

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the published corpus dataset', () => {
  it('is exactly corpus + extractor + committed decisions = the hand-reviewed figures', async () => {
    const rows = await database.db
      .selectFrom('observation as o')
      .innerJoin('area as a', 'a.id', 'o.area_id')
      .innerJoin('source_document as s', 's.id', 'o.source_id')
      .select(['s.title', 'o.indicator_code', 'o.dimensions', 'a.code', 'o.period', 'o.value', 'o.qualifier', 'o.status', 'o.quote', 'o.quote_start', 'o.quote_end'])
      .where('s.title', 'in', founding)
      .where('o.review_status', '=', 'APPROVED')
      .where('o.superseded_at', 'is', null)
      .execute();
    const titleOf = new Map(documents.map((d) => [d.file, d.title]));
    const shipped = rows
      .map((r) => JSON.stringify([r.title, r.indicator_code, r.dimensions, r.code, r.period, Number(r.value), r.qualifier, r.status, r.quote, r.quote_start, r.quote_end]))
      .sort();
    const expected = gold
      .map((g) => JSON.stringify([titleOf.get(g.document), g.indicator, g.dimensions, g.areaCode, g.period, Number(g.value), g.qualifier, g.status, g.quote, g.start, g.end]))
      .sort();
    expect(shipped).toEqual(expected);
  });

  it('leaves no corpus figure undecided', async () => {
    const row = await database.db
      .selectFrom('observation as o')
      .innerJoin('source_document as s', 's.id', 'o.source_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('s.title', 'in', founding)
      .where('o.review_status', '=', 'CANDIDATE')
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(0);
  });
});
