import type { AreaLevel, Dimensions, Geography } from '@egov-vn/schema';
import type { Db } from '../repositories/db.types.js';
import { countCoverageCells, type CoverageShapeRow, type CoverageUnit, findCoverageShape, walkCoverageUnits } from '../repositories/coverage.repository.js';
import type { ObservationQuery } from '../repositories/observation.repository.js';
import { areaRef } from '../pages/names.js';
import { AREA_COLUMNS, DIMENSION_COLUMNS, dimensionColumns } from './export-record.js';

/**
 * What a cell of the coverage matrix (area × indicator series × period) holds, and
 * why it is empty where the data model knows:
 * - HAS_VALUE: at least one published figure.
 * - NOT_EXTRACTED: figures of that period are published for units of the same
 *   geography and level, none for this one is in the data yet (or we cannot tell why).
 * - NOT_PUBLISHED: the period's figures at that level are all reported on the other
 *   geography (e.g. an index edition published for the 34 post-2025 provinces only),
 *   so this unit was not covered although it was in force.
 * - UNIT_DID_NOT_EXIST: the unit was in force on no day of that year, and the
 *   period is not reported on its geography.
 */
export const COVERAGE_STATES = ['HAS_VALUE', 'NOT_EXTRACTED', 'NOT_PUBLISHED', 'UNIT_DID_NOT_EXIST'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** Columns of the coverage download, in order (append new ones at the end). */
export const COVERAGE_COLUMNS = [
  'indicator',
  ...DIMENSION_COLUMNS,
  ...AREA_COLUMNS,
  'period',
  'state',
  'figure_count',
  'note',
] as const;
export type CoverageRecord = {
  [K in (typeof COVERAGE_COLUMNS)[number]]: K extends 'period' | 'figure_count' ? number : K extends 'state' ? CoverageState : K extends 'note' | `${string}_level` | 'service_mode' | 'settlement' | 'component' ? string | null : string;
};

/** Whether a unit was in force on some day of `year` (validity dates are inclusive, null open-ended). */
export function existedIn(unit: Pick<CoverageUnit, 'valid_from' | 'valid_to'>, year: number): boolean {
  return (unit.valid_from === null || unit.valid_from <= `${year}-12-31`) && (unit.valid_to === null || unit.valid_to >= `${year}-01-01`);
}

/** The geographies each period is reported on, per level: `bases.get("2024:PROVINCE")`. */
type Bases = Map<string, Set<Geography>>;
const basisKey = (period: number, level: AreaLevel) => `${period}:${level}`;

/** The state of an empty cell and the words that explain it (see COVERAGE_STATES). */
export function emptyCell(unit: CoverageUnit, period: number, bases: Bases): { state: CoverageState; note: string } {
  const reported = bases.get(basisKey(period, unit.level)) ?? new Set<Geography>();
  if (reported.has(unit.geography)) {
    return { state: 'NOT_EXTRACTED', note: `${period} figures are published for other ${unit.geography} units of this level; none for this unit is in the data yet` };
  }
  if (!existedIn(unit, period)) {
    return { state: 'UNIT_DID_NOT_EXIST', note: `the unit was in force ${unit.valid_from ?? '…'} to ${unit.valid_to ?? '…'}, not in ${period}` };
  }
  if (reported.size > 0) {
    return { state: 'NOT_PUBLISHED', note: `every ${period} figure at this level is reported for ${[...reported].join(', ')} units: the publication did not cover this unit's geography` };
  }
  return { state: 'NOT_EXTRACTED', note: `no ${period} figure at this level is in the data yet` };
}

/** A stable order of series: by their dimension values. */
const seriesKey = (d: Dimensions) => JSON.stringify(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)));

interface IndicatorShape {
  code: string;
  series: Dimensions[];
  periods: number[];
  levels: AreaLevel[];
  bases: Bases;
}

/** Each indicator's shape; its periods cut to the range asked for (a part of the whole matrix is the same rows). */
function shapesOf(rows: readonly CoverageShapeRow[], range: Pick<ObservationQuery, 'periodFrom' | 'periodTo'>): IndicatorShape[] {
  const byCode = new Map<string, CoverageShapeRow[]>();
  for (const r of rows) byCode.set(r.indicator_code, [...(byCode.get(r.indicator_code) ?? []), r]);
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, mine]) => {
      const series = new Map(mine.map((r) => [seriesKey(r.dimensions), r.dimensions]));
      const bases: Bases = new Map();
      for (const r of mine) bases.set(basisKey(r.period, r.level), (bases.get(basisKey(r.period, r.level)) ?? new Set()).add(r.geography));
      return {
        code,
        series: [...series.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d),
        periods: [...new Set(mine.map((r) => r.period))].filter((p) => (range.periodFrom == null || p >= range.periodFrom) && (range.periodTo == null || p <= range.periodTo)).sort((a, b) => a - b),
        levels: [...new Set(mine.map((r) => r.level))].sort(),
        bases,
      };
    });
}

/**
 * The coverage matrix of the figures matching `q` (a release's, or current),
 * batch by batch, ordered by indicator, area (geography, code), series and period.
 * Rows: every unit that matches the area conditions at a level the indicator
 * has figures at, for every series and every year the indicator has figures in
 * (within the period range asked for).
 * Memory holds one batch of units at a time.
 */
export async function* coverageRecords(db: Db, q: ObservationQuery): AsyncGenerator<CoverageRecord[]> {
  for (const shape of shapesOf(await findCoverageShape(db, q), q)) {
    if (shape.periods.length === 0) continue;
    for await (const units of walkCoverageUnits(db, q, shape.levels)) {
      const counts = new Map<string, number>();
      for (const c of await countCoverageCells(db, q, shape.code, units.map((u) => u.id))) counts.set(`${c.area_id}|${seriesKey(c.dimensions)}|${c.period}`, c.n);
      const batch: CoverageRecord[] = [];
      for (const unit of units) {
        for (const dimensions of shape.series) {
          for (const period of shape.periods) {
            const n = counts.get(`${unit.id}|${seriesKey(dimensions)}|${period}`) ?? 0;
            const { state, note } = n > 0 ? { state: 'HAS_VALUE' as const, note: null } : emptyCell(unit, period, shape.bases);
            batch.push({
              indicator: shape.code,
              ...dimensionColumns(dimensions as Record<string, string | undefined>),
              area_ref: areaRef(unit),
              area_code: unit.code,
              area_name: unit.name_vi,
              area_level: unit.level,
              geography: unit.geography,
              period,
              state,
              figure_count: n,
              note,
            });
          }
        }
      }
      yield batch;
    }
  }
}
