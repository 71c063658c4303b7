import {
  AREA_ALIASES,
  type AreaNameKind,
  type AreaRecord,
  GEOGRAPHIES,
  loadAreas,
  type NewAreaNameRow,
  searchKey,
} from '@egov-vn/schema';
import { linkAreasToParents, listAreaNames, replaceAreaNames, upsertAreas } from '../repositories/area-load.repository.js';
import type { Db } from '../repositories/db.types.js';

/** Dot-joined codes from the province down, e.g. "06.064.02050". */
function pathOf(record: AreaRecord, byCode: Map<string, AreaRecord>): string {
  const codes = [record.code];
  for (let parent = record.parentCode; parent; parent = byCode.get(parent)?.parentCode ?? null) codes.unshift(parent);
  return codes.join('.');
}

/** Upserts both geographies (pre- and post-2025) and links every unit to its parent. */
export async function loadAllAreas(trx: Db): Promise<number> {
  let count = 0;
  for (const geography of GEOGRAPHIES) {
    const records = loadAreas(geography);
    const byCode = new Map(records.map((r) => [r.code, r]));
    const rows = records.map((r) => ({
      geography,
      code: r.code,
      level: r.level,
      name_vi: r.nameVi,
      name_en: r.nameEn,
      full_name_vi: r.fullNameVi,
      full_name_en: r.fullNameEn,
      unit_type_vi: r.unitTypeVi,
      unit_type_en: r.unitTypeEn,
      path: pathOf(r, byCode),
      iso_code: r.isoCode,
      search_key: searchKey(r.nameVi),
      valid_from: r.validFrom,
      valid_to: r.validTo,
    }));
    await upsertAreas(trx, rows);
    count += rows.length;
  }
  await linkAreasToParents(trx);
  return count;
}

/**
 * Rebuilds `area_name`: every distinct search key of every area (Vietnamese
 * and English names, with and without the unit type) and the aliases of
 * `AREA_ALIASES`. Throws on an alias naming an unknown unit.
 */
export async function loadAreaNames(trx: Db): Promise<number> {
  const areas = await listAreaNames(trx);
  const byRef = new Map(areas.map((a) => [`${a.geography}:${a.code}`, a.id]));
  const rows = new Map<string, NewAreaNameRow>();
  const add = (areaId: number, name: string, kind: AreaNameKind) => {
    const key = searchKey(name);
    if (key !== '' && !rows.has(`${areaId}|${key}`)) rows.set(`${areaId}|${key}`, { area_id: areaId, search_key: key, name, kind });
  };
  for (const a of areas) {
    add(a.id, a.name_vi, 'NAME_VI');
    add(a.id, a.full_name_vi, 'FULL_NAME_VI');
    add(a.id, a.name_en, 'NAME_EN');
    add(a.id, a.full_name_en, 'FULL_NAME_EN');
  }
  for (const { alias, refs } of AREA_ALIASES) {
    for (const ref of refs) {
      const id = byRef.get(ref);
      if (id === undefined) throw new Error(`alias "${alias}" names unknown area ${ref}`);
      add(id, alias, 'ALIAS');
    }
  }
  const values = [...rows.values()];
  await replaceAreaNames(trx, values);
  return values.length;
}
