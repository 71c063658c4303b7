import { INDICATORS } from '@egov-vn/schema';
import type { Db } from '../repositories/db.types.js';
import { upsertIndicators } from '../repositories/indicator-load.repository.js';

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
  await upsertIndicators(trx, rows);
  return rows.length;
}
