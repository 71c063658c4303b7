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

export interface IndicatorCoverage {
  indicatorCode: string;
  observationCount: number;
  areaCount: number;
  years: number[];
  undatedCount: number;
  areaIds: number[];
}

/** Which areas and years have approved data, per indicator, in the order of `codes`. */
export async function findCoverage(db: Db, codes: readonly string[]): Promise<IndicatorCoverage[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('observation')
    .select(['indicator_code', 'area_id', 'period'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('indicator_code', 'in', [...codes])
    .where('review_status', '=', 'APPROVED')
    .where('superseded_at', 'is', null)
    .groupBy(['indicator_code', 'area_id', 'period'])
    .execute();
  return codes.map((code) => {
    const mine = rows.filter((r) => r.indicator_code === code);
    const years = [...new Set(mine.map((r) => r.period).filter((p): p is number => p !== null))].sort();
    const areaIds = [...new Set(mine.map((r) => r.area_id))].sort((a, b) => a - b);
    return {
      indicatorCode: code,
      observationCount: mine.reduce((sum, r) => sum + Number(r.n), 0),
      areaCount: areaIds.length,
      years,
      undatedCount: mine.filter((r) => r.period === null).reduce((sum, r) => sum + Number(r.n), 0),
      areaIds,
    };
  });
}
