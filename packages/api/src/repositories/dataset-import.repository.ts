import type { Db, Trx } from './db.types.js';

/** The checksum of the files each dataset part was last imported from, by part name. */
export async function readImportChecksums(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('dataset_import').select(['name', 'checksum']).execute();
  return new Map(rows.map((r) => [r.name, r.checksum]));
}

/** Records that a part was imported from files with this checksum (now). */
export async function recordImport(trx: Trx, name: string, checksum: string): Promise<void> {
  await trx
    .insertInto('dataset_import')
    .values({ name, checksum })
    .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, imported_at: new Date() }))
    .execute();
}
