import { sql } from 'kysely';
import type { Db } from './db.types.js';

/**
 * How long the lists of the data can be, read from the data itself: the query
 * cost estimates a list by the largest one the data holds, so a legitimate
 * query over a small list is not charged the page size it asks for.
 */
export interface DataSizes {
  /** Most children of one unit, by the unit's level (PROVINCE, DISTRICT, COMMUNE). */
  maxChildrenByLevel: Record<string, number>;
  /** Most lineage links of one unit (either direction), by the unit's level. */
  maxLinksByLevel: Record<string, number>;
  /** Most units of one level in one geography, by level. */
  maxAreasByLevel: Record<string, number>;
  /** Most aliases of one unit. */
  maxAliases: number;
  /** Most figure rows (every status and version) of one unit, of one source. */
  maxObservationsPerArea: number;
  maxObservationsPerSource: number;
  /** Most versions of one figure. */
  maxRevisions: number;
  areas: number;
  observations: number;
  sources: number;
  indicators: number;
  /** Distinct periods (years) of the figures. */
  periods: number;
}

/** Marks the statement as background work, not a request's (tests counting statements leave it out). */
export const DATA_SIZES_MARKER = '/* egov:data-sizes */';

const maxPerGroup = (table: string, column: string, where = 'true') =>
  sql.raw(`(select coalesce(max(n), 0) from (select count(*) as n from ${table} where ${where} group by ${column}) as t)`);

/** `{ level: largest count }` of per-unit counts (`select <unit id> as id, count(*) as n … group by 1`). */
const maxByLevel = (counts: string) =>
  sql.raw(`(select coalesce(json_object_agg(level, n), '{}') from (select a.level, max(c.n) as n
     from (${counts}) as c join area as a on a.id = c.id group by a.level) as l)`);

export async function readDataSizes(db: Db): Promise<DataSizes> {
  const { rows } = await sql<Record<string, unknown>>`${sql.raw(DATA_SIZES_MARKER)} select
    ${maxByLevel('select parent_id as id, count(*) as n from area where parent_id is not null group by 1')} as children_by_level,
    ${maxByLevel(
      'select from_area_id as id, count(*) as n from area_lineage group by 1 union all select to_area_id, count(*) from area_lineage group by 1',
    )} as links_by_level,
    (select coalesce(json_object_agg(level, n), '{}') from (select level, max(n) as n
       from (select geography, level, count(*) as n from area group by geography, level) as g group by level) as l) as areas_by_level,
    ${maxPerGroup('area_name', 'area_id', "kind = 'ALIAS'")} as max_aliases,
    ${maxPerGroup('observation', 'area_id')} as max_observations_per_area,
    ${maxPerGroup('observation', 'source_id')} as max_observations_per_source,
    ${maxPerGroup('observation', 'natural_key')} as max_revisions,
    (select count(*) from area) as areas,
    (select count(*) from observation) as observations,
    (select count(*) from source_document) as sources,
    (select count(*) from indicator) as indicators,
    (select count(distinct period) from observation) as periods`.execute(db);
  const row = rows[0]!;
  const n = (key: string) => Number(row[key] ?? 0);
  const byLevel = (key: string): Record<string, number> => {
    const value = typeof row[key] === 'string' ? JSON.parse(row[key]) : row[key];
    return Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).map(([level, count]) => [level, Number(count)]));
  };
  return {
    maxChildrenByLevel: byLevel('children_by_level'),
    maxLinksByLevel: byLevel('links_by_level'),
    maxAreasByLevel: byLevel('areas_by_level'),
    maxAliases: n('max_aliases'),
    maxObservationsPerArea: n('max_observations_per_area'),
    maxObservationsPerSource: n('max_observations_per_source'),
    maxRevisions: n('max_revisions'),
    areas: n('areas'),
    observations: n('observations'),
    sources: n('sources'),
    indicators: n('indicators'),
    periods: n('periods'),
  };
}
