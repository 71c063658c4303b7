import type { AreaLevel, AreaRow, Dimensions, Geography, ObservationRow } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { publishedAsOf } from './published-as-of.js';

export interface RankingQuery {
  indicatorCode: string;
  period: number;
  level: AreaLevel;
  /** The full dimension object of the series, e.g. `{ component: 'OVERALL' }`. */
  dimensions: Dimensions;
  higherIsBetter: boolean;
  geography?: Geography | undefined;
  methodology?: string | undefined;
  /** What was published at this moment (a release's); the current data without. */
  publishedAt?: Date | undefined;
}

export interface RankedObservation {
  rank: number;
  observation: ObservationRow;
}

export interface RankingResult {
  geography: Geography | null;
  entries: RankedObservation[];
  /** Areas of that level and geography with no value: never ranked, never guessed. */
  unranked: AreaRow[];
  /** Distinct methodologies among the candidates; more than one means the values are not comparable. */
  methodologies: (string | null)[];
}

/**
 * Ranks areas by one indicator in one period, one series (dimensions) and one
 * geography. Ties share a rank (SQL `rank()`: 1, 2, 2, 4). When several current
 * approved figures exist for an area, the earliest loaded one is used.
 */
export async function rankAreas(db: Db, q: RankingQuery): Promise<RankingResult> {
  let candidates = db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .distinctOn('o.area_id')
    .selectAll('o')
    .select('a.geography as area_geography')
    .where('o.indicator_code', '=', q.indicatorCode)
    .where('o.period', '=', q.period)
    .where('o.status', '=', 'ACTUAL')
    .where(publishedAsOf('o', q.publishedAt))
    .where('a.level', '=', q.level)
    .where(sql<boolean>`o.dimensions = ${JSON.stringify(q.dimensions)}::jsonb`)
    .orderBy('o.area_id')
    .orderBy('o.id');
  if (q.geography) candidates = candidates.where('a.geography', '=', q.geography);
  if (q.methodology) candidates = candidates.where('o.methodology', '=', q.methodology);

  const direction = sql.raw(q.higherIsBetter ? 'desc' : 'asc');
  const rows = await db
    .selectFrom(candidates.as('c'))
    .selectAll('c')
    .select(sql<number>`rank() over (order by c.value ${direction})`.as('rank'))
    .orderBy('rank')
    .orderBy('c.id')
    .execute();

  const geographies = [...new Set(rows.map((r) => r.area_geography))];
  const geography = q.geography ?? geographies[0] ?? null;
  const methodologies = [...new Set(rows.map((r) => r.methodology))];
  const rankedIds = rows.map((r) => r.area_id);
  let unrankedQuery = db
    .selectFrom('area')
    .selectAll()
    .where('level', '=', q.level)
    .where('geography', '=', geography ?? 'pre2025')
    .orderBy('code');
  if (rankedIds.length > 0) unrankedQuery = unrankedQuery.where('id', 'not in', rankedIds);
  const unranked = await unrankedQuery.execute();

  return {
    geography,
    methodologies,
    unranked,
    entries: rows.map(({ rank, area_geography: _g, ...observation }) => ({
      rank: Number(rank),
      observation: observation as ObservationRow,
    })),
  };
}
