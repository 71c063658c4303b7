import type { NewAreaNameRow, NewAreaRow } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';

// Writes of the geography loader (dataset/load-areas.ts); the API's reads of areas are in area.repository.ts.

/** Inserts areas by (geography, code), updating every column of a unit already there; `parent_id` is left to `linkAreasToParents`. */
export async function upsertAreas(trx: Db, rows: readonly NewAreaRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('area')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['geography', 'code']).doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          name_vi: eb.ref('excluded.name_vi'),
          name_en: eb.ref('excluded.name_en'),
          full_name_vi: eb.ref('excluded.full_name_vi'),
          full_name_en: eb.ref('excluded.full_name_en'),
          unit_type_vi: eb.ref('excluded.unit_type_vi'),
          unit_type_en: eb.ref('excluded.unit_type_en'),
          path: eb.ref('excluded.path'),
          iso_code: eb.ref('excluded.iso_code'),
          search_key: eb.ref('excluded.search_key'),
          valid_from: eb.ref('excluded.valid_from'),
          valid_to: eb.ref('excluded.valid_to'),
        })),
      )
      .execute();
  }
}

/** Sets every unit's `parent_id`: the parent is the unit whose path is this one's minus the last segment. */
export async function linkAreasToParents(trx: Db): Promise<void> {
  await sql`
    update area as child set parent_id = parent.id
    from area as parent
    where parent.geography = child.geography
      and child.path like '%.%'
      and parent.path = regexp_replace(child.path, '\\.[^.]+$', '')
      and child.parent_id is distinct from parent.id`.execute(trx);
}

/** Every area's id, reference parts and names: what `area_name` is built from. */
export function listAreaNames(db: Db) {
  return db.selectFrom('area').select(['id', 'geography', 'code', 'name_vi', 'name_en', 'full_name_vi', 'full_name_en']).execute();
}

/**
 * Area ids by `geography:code`: of every area, or only of units with one of
 * `codes` (in either geography).
 */
export async function findAreaIdsByRef(db: Db, codes?: readonly string[]): Promise<Map<string, number>> {
  if (codes?.length === 0) return new Map();
  let query = db.selectFrom('area').select(['id', 'geography', 'code']);
  if (codes) query = query.where('code', 'in', [...codes]);
  const rows = await query.execute();
  return new Map(rows.map((r) => [`${r.geography}:${r.code}`, r.id]));
}

/** Replaces the whole `area_name` table with `rows`. */
export async function replaceAreaNames(trx: Db, rows: readonly NewAreaNameRow[]): Promise<void> {
  await trx.deleteFrom('area_name').execute();
  for (let i = 0; i < rows.length; i += 2000) {
    await trx.insertInto('area_name').values(rows.slice(i, i + 2000)).execute();
  }
}
