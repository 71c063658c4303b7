import { type AreaLevel, type AreaRow, type Geography, GEOGRAPHIES, searchKey } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';

/** Areas by id, in the order of `ids` (`undefined` where missing). */
export async function findAreasByIds(db: Db, ids: readonly number[]): Promise<(AreaRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('area').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/** Children of each parent, grouped in the order of `parentIds`. */
export async function findChildrenOf(db: Db, parentIds: readonly number[]): Promise<AreaRow[][]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('area')
    .selectAll()
    .where('parent_id', 'in', [...parentIds])
    .orderBy('code')
    .execute();
  return parentIds.map((id) => rows.filter((r) => r.parent_id === id));
}

/** Ancestors of each area, province first, in the order of `areas`. */
export async function findAncestorsOf(db: Db, areas: readonly AreaRow[]): Promise<AreaRow[][]> {
  const wanted = areas.flatMap((a) => a.path.split('.').slice(0, -1).map((code) => `${a.geography}:${code}`));
  if (wanted.length === 0) return areas.map(() => []);
  const rows = await db
    .selectFrom('area')
    .selectAll()
    .where(sql<string>`geography || ':' || code`, 'in', [...new Set(wanted)])
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.geography}:${r.code}`, r]));
  return areas.map((a) =>
    a.path
      .split('.')
      .slice(0, -1)
      .map((code) => byKey.get(`${a.geography}:${code}`))
      .filter((r): r is AreaRow => r !== undefined),
  );
}

/**
 * Parses an area reference: `"17"` (a GSO code) or `"pre2025:17"` (geography
 * and code). A plain code means the pre-2025 unit when one exists, since almost
 * every published figure describes the old units; otherwise the post-2025 one.
 */
export function parseAreaRef(ref: string): { geography: Geography | null; code: string } {
  const match = /^(pre2025|post2025):(\d{2,5})$/.exec(ref.trim());
  if (match) return { geography: match[1] as Geography, code: match[2]! };
  return { geography: null, code: ref.trim() };
}

/** Resolves area references (see `parseAreaRef`); the result has `undefined` for unknown ones. */
export async function findAreasByRefs(db: Db, refs: readonly string[]): Promise<(AreaRow | undefined)[]> {
  if (refs.length === 0) return [];
  const parsed = refs.map(parseAreaRef);
  const rows = await db
    .selectFrom('area')
    .selectAll()
    .where('code', 'in', [...new Set(parsed.map((p) => p.code))])
    .execute();
  return parsed.map(({ geography, code }) => {
    const candidates = rows.filter((r) => r.code === code && (geography === null || r.geography === geography));
    return GEOGRAPHIES.map((g) => candidates.find((r) => r.geography === g)).find((r) => r !== undefined);
  });
}

export interface AreaListQuery {
  level?: AreaLevel | null;
  parentId?: number | null;
  geography?: Geography | null;
  search?: string | null;
  limit: number;
  offset: number;
}

/**
 * Lists areas. `search` is diacritic-insensitive and ignores unit prefixes
 * ("TP.", "Tỉnh", "Thành phố"): exact name matches come first, then prefixes,
 * then any match, higher levels before lower ones.
 */
export async function listAreas(db: Db, q: AreaListQuery): Promise<AreaRow[]> {
  let query = db.selectFrom('area').selectAll();
  if (q.level) query = query.where('level', '=', q.level);
  if (q.parentId != null) query = query.where('parent_id', '=', q.parentId);
  if (q.geography) query = query.where('geography', '=', q.geography);
  const key = q.search ? searchKey(q.search) : '';
  if (q.search) {
    if (key === '') return [];
    query = query
      .where('search_key', 'like', `%${escapeLike(key)}%`)
      .orderBy(sql`case when search_key = ${key} then 0 when search_key like ${`${escapeLike(key)}%`} then 1 else 2 end`);
  }
  return query
    .orderBy(sql`case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end`)
    .orderBy('geography')
    .orderBy('code')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
