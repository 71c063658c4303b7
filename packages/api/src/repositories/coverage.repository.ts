import { type AreaLevel, type Dimensions, type Geography, GEOGRAPHIES } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { escapeLike } from './like-pattern.js';
import { filtered, type ObservationQuery } from './observation.repository.js';

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

/** One (indicator, series, period, level, geography) that has figures: the shape of an indicator's coverage matrix. */
export interface CoverageShapeRow {
  indicator_code: string;
  dimensions: Dimensions;
  period: number;
  level: AreaLevel;
  geography: Geography;
  n: number;
}

/**
 * Where figures matching `q` exist, without its area and period conditions
 * (they cut the grid, not the figures it is drawn from): each indicator's
 * series, periods, and the levels and geographies (bases) each period is
 * reported on. Small (no area in the key), so it is read at once. Undated
 * figures have no cell in a matrix over periods.
 */
export async function findCoverageShape(db: Db, q: ObservationQuery): Promise<CoverageShapeRow[]> {
  const { areaIds: _ids, within: _within, areaLevel: _level, geography: _geography, periodFrom: _from, periodTo: _to, ...rest } = q;
  const rows = await filtered(db, rest, true)
    .select(['o.indicator_code', 'o.dimensions', 'o.period', 'a.level', 'a.geography'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.period', 'is not', null)
    .groupBy(['o.indicator_code', 'o.dimensions', 'o.period', 'a.level', 'a.geography'])
    .orderBy('o.indicator_code')
    .execute();
  return rows.map((r) => ({ ...r, period: r.period!, dimensions: r.dimensions as Dimensions, n: Number(r.n) }));
}

/** A unit as the coverage matrix needs it: identity, level and the years it was in force. */
export interface CoverageUnit {
  id: number;
  geography: Geography;
  code: string;
  level: AreaLevel;
  name_vi: string;
  valid_from: string | null;
  valid_to: string | null;
}

/**
 * The units matching the area conditions of `q` at `levels`, in (geography,
 * code) order, as keyset batches: a matrix over ten thousand communes never
 * holds them all at once.
 */
export async function* walkCoverageUnits(db: Db, q: ObservationQuery, levels: readonly AreaLevel[], batchSize = 1_000): AsyncGenerator<CoverageUnit[]> {
  if (levels.length === 0) return;
  let after: { geography: string; code: string } | undefined;
  for (;;) {
    let query = db
      .selectFrom('area as a')
      .select(['a.id', 'a.geography', 'a.code', 'a.level', 'a.name_vi', sql<string | null>`a.valid_from::text`.as('valid_from'), sql<string | null>`a.valid_to::text`.as('valid_to')])
      .where('a.level', 'in', [...levels]);
    if (q.areaIds) query = query.where('a.id', 'in', [...q.areaIds]);
    if (q.areaLevel) query = query.where('a.level', '=', q.areaLevel);
    if (q.geography) query = query.where('a.geography', '=', q.geography);
    if (q.within) {
      const within = q.within;
      query = query.where((eb) =>
        eb.or(within.map((w) => eb.and([eb('a.geography', '=', w.geography), eb.or([eb('a.path', '=', w.path), eb('a.path', 'like', `${escapeLike(w.path)}.%`)])]))),
      );
    }
    if (after) query = query.where(sql<boolean>`(a.geography, a.code) > (${after.geography}, ${after.code})`);
    const rows = await query.orderBy('a.geography').orderBy('a.code').limit(batchSize).execute();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!;
  }
}

/** How many figures matching `q` each (series, period, area) of one indicator has, for some areas: the filled cells. */
export async function countCoverageCells(
  db: Db,
  q: ObservationQuery,
  indicatorCode: string,
  areaIds: readonly number[],
): Promise<{ dimensions: Dimensions; period: number; area_id: number; n: number }[]> {
  if (areaIds.length === 0) return [];
  const { areaIds: _ids, within: _within, areaLevel: _level, geography: _geography, ...rest } = q;
  const rows = await filtered(db, { ...rest, indicatorCodes: [indicatorCode], areaIds })
    .select(['o.dimensions', 'o.period', 'o.area_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.period', 'is not', null)
    .groupBy(['o.dimensions', 'o.period', 'o.area_id'])
    .execute();
  return rows.map((r) => ({ dimensions: r.dimensions as Dimensions, period: r.period!, area_id: r.area_id, n: Number(r.n) }));
}
