import type { NewIndicatorRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';

// Writes of the vocabulary loader (dataset/load-indicators.ts); the API's reads of indicators are in indicator.repository.ts.

/** Inserts indicators by code, updating every column of one already there. */
export async function upsertIndicators(trx: Db, rows: readonly NewIndicatorRow[]): Promise<void> {
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
}
