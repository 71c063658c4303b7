import { type Geography, GEOGRAPHIES } from '@egov-vn/schema';
import type { Db } from './db.types.js';

/** Which areas and years have approved figures for one indicator. */
export interface IndicatorCoverage {
  indicatorCode: string;
  observationCount: number;
  areaCount: number;
  years: number[];
  undatedCount: number;
  areaIds: number[];
}

/** Coverage of one indicator within one geography (pre- or post-2025 units). */
export interface GeographyCoverage {
  geography: Geography;
  observationCount: number;
  areaCount: number;
  years: number[];
  undatedCount: number;
}

export interface GeographicCoverage extends IndicatorCoverage {
  /** Geographies the figures are reported in, pre2025 first. */
  geographies: Geography[];
  byGeography: GeographyCoverage[];
}

interface CoverageCell {
  indicator_code: string;
  geography: Geography;
  area_id: number;
  period: number | null;
  n: number;
}

function summarize(cells: readonly CoverageCell[]) {
  const years = [...new Set(cells.map((r) => r.period).filter((p): p is number => p !== null))].sort((a, b) => a - b);
  const areaIds = [...new Set(cells.map((r) => r.area_id))].sort((a, b) => a - b);
  return {
    observationCount: cells.reduce((sum, r) => sum + Number(r.n), 0),
    areaCount: areaIds.length,
    years,
    undatedCount: cells.filter((r) => r.period === null).reduce((sum, r) => sum + Number(r.n), 0),
    areaIds,
  };
}

/**
 * Which areas and years have approved current figures, per indicator, overall
 * and per geography, in the order of `codes`. One query for all codes.
 */
export async function findGeographicCoverage(db: Db, codes: readonly string[]): Promise<GeographicCoverage[]> {
  if (codes.length === 0) return [];
  const rows = (await db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .select(['o.indicator_code', 'a.geography', 'o.area_id', 'o.period'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.indicator_code', 'in', [...codes])
    .where('o.review_status', '=', 'APPROVED')
    .where('o.superseded_at', 'is', null)
    .groupBy(['o.indicator_code', 'a.geography', 'o.area_id', 'o.period'])
    .execute()) as CoverageCell[];
  return codes.map((code) => {
    const mine = rows.filter((r) => r.indicator_code === code);
    const byGeography = GEOGRAPHIES.map((geography) => {
      const { areaIds: _ids, ...summary } = summarize(mine.filter((r) => r.geography === geography));
      return { geography, ...summary };
    }).filter((g) => g.observationCount > 0);
    return {
      indicatorCode: code,
      ...summarize(mine),
      geographies: byGeography.map((g) => g.geography),
      byGeography,
    };
  });
}
