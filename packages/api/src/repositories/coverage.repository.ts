import { type AreaLevel, type Geography, GEOGRAPHIES } from '@egov-vn/schema';
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

/** One edition of a composite index (or the figures with none), as published now. */
export interface IndicatorEdition {
  edition: string | null;
  methodology: string | null;
  firstYear: number | null;
  lastYear: number | null;
  observationCount: number;
}

/** The editions and methodologies an indicator's current figures come in, earliest first. */
export async function findIndicatorEditions(db: Db, code: string): Promise<IndicatorEdition[]> {
  const rows = await db
    .selectFrom('observation as o')
    .select(['o.edition', 'o.methodology'])
    .select((eb) => [eb.fn.min('o.period').as('first'), eb.fn.max('o.period').as('last'), eb.fn.countAll<number>().as('n')])
    .where('o.indicator_code', '=', code)
    .where('o.review_status', '=', 'APPROVED')
    .where('o.superseded_at', 'is', null)
    .groupBy(['o.edition', 'o.methodology'])
    .orderBy('first')
    .orderBy('o.edition')
    .execute();
  return rows.map((r) => ({
    edition: r.edition,
    methodology: r.methodology,
    firstYear: r.first === null ? null : Number(r.first),
    lastYear: r.last === null ? null : Number(r.last),
    observationCount: Number(r.n),
  }));
}

/** How many current figures an indicator has per year and area level (year null: undated). */
export async function findCoverageByYearAndLevel(db: Db, code: string): Promise<{ year: number | null; level: AreaLevel; count: number }[]> {
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .select(['o.period', 'a.level'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.indicator_code', '=', code)
    .where('o.review_status', '=', 'APPROVED')
    .where('o.superseded_at', 'is', null)
    .groupBy(['o.period', 'a.level'])
    .orderBy('o.period')
    .orderBy('a.level')
    .execute();
  return rows.map((r) => ({ year: r.period, level: r.level, count: Number(r.n) }));
}
