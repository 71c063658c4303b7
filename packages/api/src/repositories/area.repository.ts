import { type AreaLevel, type AreaRow, type Geography, GEOGRAPHIES, searchKey } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { escapeLike } from './like-pattern.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

/** Areas by id, in the order of `ids` (`undefined` where missing). */
export async function findAreasByIds(db: Db, ids: readonly number[]): Promise<(AreaRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('area').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/** Children of the given parents, by code (callers group them by `parent_id`). */
export async function findChildrenOf(db: Db, parentIds: readonly number[]): Promise<AreaRow[]> {
  if (parentIds.length === 0) return [];
  return db.selectFrom('area').selectAll().where('parent_id', 'in', [...parentIds]).orderBy('code').execute();
}

/**
 * Parses an area reference: `"17"` (a plain GSO code, which may name a unit
 * in either geography) or `"pre2025:17"` (geography and code: one unit).
 */
export function parseAreaRef(ref: string): { geography: Geography | null; code: string } {
  const match = /^(pre2025|post2025):(\d{2,5})$/.exec(ref.trim());
  if (match) return { geography: match[1] as Geography, code: match[2]! };
  return { geography: null, code: ref.trim() };
}

/**
 * Every unit each reference can name, in the order of `refs`: one at most for
 * `"<geography>:<code>"`, up to one per geography for a plain code (pre-2025
 * first). The caller decides between them (see the API's area-ref rules).
 */
export async function findAreaCandidates(db: Db, refs: readonly string[]): Promise<AreaRow[][]> {
  if (refs.length === 0) return [];
  const parsed = refs.map(parseAreaRef);
  const rows = await db
    .selectFrom('area')
    .selectAll()
    .where('code', 'in', [...new Set(parsed.map((p) => p.code))])
    .execute();
  const order = (r: AreaRow) => GEOGRAPHIES.indexOf(r.geography);
  return parsed.map(({ geography, code }) =>
    rows.filter((r) => r.code === code && (geography === null || r.geography === geography)).sort((a, b) => order(a) - order(b)),
  );
}

/**
 * Resolves area references, a plain code meaning the pre-2025 unit when one
 * exists (figures describe the old units); `undefined` for unknown ones.
 */
export async function findAreasByRefs(db: Db, refs: readonly string[]): Promise<(AreaRow | undefined)[]> {
  return (await findAreaCandidates(db, refs)).map((candidates) => candidates[0]);
}

export interface AreaListQuery {
  level?: AreaLevel | null;
  parentId?: number | null;
  geography?: Geography | null;
  search?: string | null;
  /** Only units in force on this date ("YYYY-MM-DD"). */
  asOf?: string | null;
  /** Among equally good matches, units in force on this date come first. */
  preferInForceOn?: string | null;
}

/** SQL condition: the unit `a` is in force on `date`. */
function inForceOn(date: string) {
  return sql<boolean>`((a.valid_from is null or a.valid_from <= ${date}::date) and (a.valid_to is null or a.valid_to >= ${date}::date))`;
}

const LEVEL_RANK = sql`(case a.level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end)`;

/**
 * The units matching `q` and their order. `search` matches every name of a
 * unit (`area_name`: Vietnamese and English, with or without unit type,
 * aliases such as "TP.HCM"), ignoring diacritics, tone-mark placement and unit
 * prefixes. Order: exact name matches, then prefixes, then any match; higher
 * levels first; then units in force on `preferInForceOn`; then geography and
 * code. Null when the search has nothing to look for.
 */
function areaList(db: Db, q: AreaListQuery) {
  let query = db.selectFrom('area as a').selectAll('a');
  if (q.level) query = query.where('a.level', '=', q.level);
  if (q.parentId != null) query = query.where('a.parent_id', '=', q.parentId);
  if (q.geography) query = query.where('a.geography', '=', q.geography);
  if (q.asOf) query = query.where(inForceOn(q.asOf));
  if (q.search != null) {
    const key = searchKey(q.search);
    if (key === '') return null;
    const matches = db
      .selectFrom('area_name')
      .select('area_id')
      .select(
        sql<number>`min(case when search_key = ${key} then 0 when search_key like ${`${escapeLike(key)}%`} then 1 else 2 end)`.as(
          'match',
        ),
      )
      .where('search_key', 'like', `%${escapeLike(key)}%`)
      .groupBy('area_id');
    query = query.innerJoin(matches.as('m'), 'm.area_id', 'a.id');
  }
  return { query, keys: areaSortKeys(q) };
}

/** The order of a listing (see `areaList`); (geography, code) is unique, so it is total. */
export function areaSortKeys(q: AreaListQuery): SortKey[] {
  const keys: SortKey[] = [];
  if (q.search != null) keys.push({ expr: sql`m.match`, direction: 'asc', type: 'int' });
  keys.push({ expr: LEVEL_RANK, direction: 'asc', type: 'int' });
  if (q.preferInForceOn) {
    keys.push({ expr: sql`(case when ${inForceOn(q.preferInForceOn)} then 0 else 1 end)`, direction: 'asc', type: 'int' });
  }
  keys.push({ expr: sql`a.geography`, direction: 'asc', type: 'text' }, { expr: sql`a.code`, direction: 'asc', type: 'text' });
  return keys;
}

/** One keyset page of areas matching `q`, in the order of `areaList`. */
export async function pageAreas(db: Db, q: AreaListQuery, page: KeysetPage): Promise<KeysetResult<AreaRow>> {
  const list = areaList(db, q);
  if (!list) return { rows: [], keys: [], hasMore: false };
  return keysetPage(list.query, list.keys, page);
}

export async function countAreas(db: Db, q: AreaListQuery): Promise<number> {
  const list = areaList(db, q);
  if (!list) return 0;
  const row = await db
    .selectFrom(list.query.as('l'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Aliases (`area_name` of kind ALIAS) of each area, in the order of `areaIds`. */
export async function findAliasesOf(db: Db, areaIds: readonly number[]): Promise<string[][]> {
  if (areaIds.length === 0) return [];
  const rows = await db
    .selectFrom('area_name')
    .select(['area_id', 'name'])
    .where('area_id', 'in', [...areaIds])
    .where('kind', '=', 'ALIAS')
    .orderBy('name')
    .execute();
  return areaIds.map((id) => rows.filter((r) => r.area_id === id).map((r) => r.name));
}

/**
 * Every unit in the subtree of each root (the root and its descendants), in
 * one query; `path` tells which root each belongs to.
 */
export async function findSubtrees(db: Db, roots: readonly AreaRow[]): Promise<AreaRow[]> {
  if (roots.length === 0) return [];
  return db
    .selectFrom('area as a')
    .selectAll('a')
    .where((eb) =>
      eb.or(
        roots.map((r) =>
          eb.and([
            eb('a.geography', '=', r.geography),
            eb.or([eb('a.path', '=', r.path), eb('a.path', 'like', `${escapeLike(r.path)}.%`)]),
          ]),
        ),
      ),
    )
    .orderBy('a.id')
    .execute();
}

/** How many units one geography has at one level: the largest rank a ranking of them can give. */
export async function countAreasAtLevel(db: Db, geography: Geography, level: AreaLevel): Promise<number> {
  const row = await db
    .selectFrom('area')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('geography', '=', geography)
    .where('level', '=', level)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
