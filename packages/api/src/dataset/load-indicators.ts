import { INDICATORS } from '@egov-vn/schema';
import type { Db } from '../repositories/db.types.js';

/** Upserts the vocabulary of packages/schema into the `indicator` table. */
export async function loadIndicators(trx: Db): Promise<number> {
  const rows = INDICATORS.map((i, index) => ({
    code: i.code,
    name_vi: i.nameVi,
    name_en: i.nameEn,
    definition: i.definition,
    unit: i.unit,
    category: i.category,
    dimensions: JSON.stringify(i.dimensions),
    higher_is_better: i.higherIsBetter,
    sort_order: index,
  }));
  await trx
    .insertInto('indicator')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_vi: eb.ref('excluded.name_vi'),
        name_en: eb.ref('excluded.name_en'),
        definition: eb.ref('excluded.definition'),
        unit: eb.ref('excluded.unit'),
        category: eb.ref('excluded.category'),
        dimensions: eb.ref('excluded.dimensions'),
        higher_is_better: eb.ref('excluded.higher_is_better'),
        sort_order: eb.ref('excluded.sort_order'),
      })),
    )
    .execute();
  return rows.length;
}
