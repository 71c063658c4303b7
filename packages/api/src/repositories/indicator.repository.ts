import type { IndicatorCategory, IndicatorRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';

export async function listIndicators(db: Db, category?: IndicatorCategory | null): Promise<IndicatorRow[]> {
  let query = db.selectFrom('indicator').selectAll();
  if (category) query = query.where('category', '=', category);
  return query.orderBy('sort_order').execute();
}

/** Indicators by code, in the order of `codes`. */
export async function findIndicatorsByCodes(db: Db, codes: readonly string[]): Promise<(IndicatorRow | undefined)[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('indicator').selectAll().where('code', 'in', [...codes]).execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c));
}
