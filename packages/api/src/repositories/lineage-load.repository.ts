import type { NewAreaLineageRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';

// Writes of the lineage loader (dataset/load-lineage.ts); the API's reads of lineage are in lineage.repository.ts.

/** Replaces the links of the reorganisation that took effect on `effectiveOn` with `rows`. */
export async function replaceLineageLinks(trx: Db, effectiveOn: string, rows: readonly NewAreaLineageRow[]): Promise<void> {
  await trx.deleteFrom('area_lineage').where('effective_on', '=', effectiveOn).execute();
  for (let i = 0; i < rows.length; i += 2000) {
    await trx.insertInto('area_lineage').values(rows.slice(i, i + 2000)).execute();
  }
}
