import type { Db } from '@egov-vn/api';

/**
 * The journalist's figure of issue 11: "gần 80% cán bộ, công chức (CBCC) cấp
 * tỉnh ... được trang bị máy tính" (Hòa Bình, 2012), its current version.
 */
export function findHoaBinhComputerFigure(db: Db) {
  return db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .select(['o.id', 'o.natural_key', 'o.revision'])
    .where('o.indicator_code', '=', 'officials_with_computer_pct')
    .where('a.code', '=', '17')
    .where('o.qualifier', '=', 'APPROX')
    .where('o.superseded_at', 'is', null)
    .executeTakeFirstOrThrow();
}
