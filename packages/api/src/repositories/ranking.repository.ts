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
  /** The indicator's values are published ranks (`*_rank`): served as published, never re-ranked. */
  published: boolean;
  higherIsBetter: boolean;
  geography?: Geography | undefined;
  methodology?: string | undefined;
  edition?: string | undefined;
  /** What was published at this moment (a release's); the current data without. */
  publishedAt?: Date | undefined;
}

export interface RankedObservation {
  rank: number;
  /** Another ranked unit has the same rank. */
  tied: boolean;
  observation: ObservationRow;
}

export interface RankingResult {
  geography: Geography | null;
  entries: RankedObservation[];
  /** Areas of that level and geography with no value: never ranked, never guessed. */
  unranked: AreaRow[];
  /** Units of that level and geography: the field a rank is out of ("25 of 63"). */
  fieldSize: number;
  /** Those units, by code (read anyway to find the unranked: the API hands them to its area loader). */
  field: AreaRow[];
  /** Distinct methodologies, editions and geographies among the candidates; more than one of any means the values are not comparable. */
  methodologies: (string | null)[];
  editions: (string | null)[];
  geographies: Geography[];
}

/**
 * Ranks areas by one indicator in one period, one series (dimensions), one
 * geography, one edition and one methodology. Published ranks keep their
 * published value (ties as published); values are ranked with SQL `rank()`
 * (1, 2, 2, 4). When several current approved figures exist for an area, the
 * one of the primary publisher wins, then the latest publication, then the
 * first stored.
 */
export async function rankAreas(db: Db, q: RankingQuery): Promise<RankingResult> {
  let candidates = db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
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
    .orderBy(sql`s.role = 'PRIMARY'`, 'desc')
    .orderBy(sql`s.published_at desc nulls last`)
    .orderBy('o.id');
  if (q.geography) candidates = candidates.where('a.geography', '=', q.geography);
  if (q.methodology) candidates = candidates.where('o.methodology', '=', q.methodology);
  if (q.edition) candidates = candidates.where('o.edition', '=', q.edition);

  const order = q.published ? sql`c.value asc` : sql`c.value ${sql.raw(q.higherIsBetter ? 'desc' : 'asc')}`;
  const rows = await db
    .selectFrom(candidates.as('c'))
    .selectAll('c')
    .select(sql<number>`rank() over (order by ${order})`.as('computed_rank'))
    .select(sql<number>`count(*) over (partition by c.value)`.as('same_value'))
    .orderBy(order)
    .orderBy('c.id')
    .execute();

  const geographies = [...new Set(rows.map((r) => r.area_geography))];
  const geography = q.geography ?? (geographies.length === 1 ? geographies[0]! : null);
  const basis = geography ?? geographies[0] ?? 'pre2025';
  const all = await db.selectFrom('area').selectAll().where('level', '=', q.level).where('geography', '=', basis).orderBy('code').execute();
  const rankedIds = new Set(rows.map((r) => r.area_id));

  return {
    geography,
    geographies,
    methodologies: [...new Set(rows.map((r) => r.methodology))],
    editions: [...new Set(rows.map((r) => r.edition))],
    fieldSize: all.length,
    field: all,
    unranked: all.filter((a) => !rankedIds.has(a.id)),
    entries: rows.map(({ computed_rank, same_value, area_geography: _g, ...observation }) => ({
      rank: q.published ? Number(observation.value) : Number(computed_rank),
      tied: Number(same_value) > 1,
      observation: observation as ObservationRow,
    })),
  };
}

/** Periods with at least one current approved figure of the series at that level: what a ranking can be asked for. */
export async function findRankablePeriods(db: Db, q: Pick<RankingQuery, 'indicatorCode' | 'level' | 'dimensions' | 'publishedAt'>): Promise<number[]> {
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .select('o.period')
    .distinct()
    .where('o.indicator_code', '=', q.indicatorCode)
    .where('o.status', '=', 'ACTUAL')
    .where(publishedAsOf('o', q.publishedAt))
    .where('o.period', 'is not', null)
    .where('a.level', '=', q.level)
    .where(sql<boolean>`o.dimensions = ${JSON.stringify(q.dimensions)}::jsonb`)
    .orderBy('o.period')
    .execute();
  return rows.map((r) => r.period!);
}
