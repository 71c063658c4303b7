import type { IndicatorCategory, IndicatorRow } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

export interface IndicatorListQuery {
  category?: IndicatorCategory | null | undefined;
  /** Only indicators with at least one current approved figure for this year. */
  year?: number | null | undefined;
}

/** The vocabulary's order (spec/indicators.md), then the code. */
export const INDICATOR_SORT_KEYS: SortKey[] = [
  { expr: sql`i.sort_order`, direction: 'asc', type: 'int' },
  { expr: sql`i.code`, direction: 'asc', type: 'text' },
];

function indicatorList(db: Db, q: IndicatorListQuery) {
  let query = db.selectFrom('indicator as i').selectAll('i');
  if (q.category) query = query.where('i.category', '=', q.category);
  if (q.year != null) {
    const year = q.year;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('observation as o')
          .select('o.id')
          .whereRef('o.indicator_code', '=', 'i.code')
          .where('o.period', '=', year)
          .where('o.review_status', '=', 'APPROVED')
          .where('o.superseded_at', 'is', null),
      ),
    );
  }
  return query;
}

export function pageIndicators(db: Db, q: IndicatorListQuery, page: KeysetPage): Promise<KeysetResult<IndicatorRow>> {
  return keysetPage(indicatorList(db, q), INDICATOR_SORT_KEYS, page);
}

export async function countIndicators(db: Db, q: IndicatorListQuery): Promise<number> {
  const row = await indicatorList(db, q)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Indicators by code, in the order of `codes`. */
export async function findIndicatorsByCodes(db: Db, codes: readonly string[]): Promise<(IndicatorRow | undefined)[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('indicator').selectAll().where('code', 'in', [...codes]).execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c));
}
