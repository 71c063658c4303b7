import { type Kysely, sql } from 'kysely';

/**
 * What a person needs to cite a source and a figure: the source's language, an
 * English title beside the title in that language, its licence, whether it is
 * the primary publisher of its figures or a secondary report of them; and for
 * figures read from a table, a locator (edition, table, row) instead of a quote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('source_document')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('vi').check(sql`language in ('vi', 'en')`))
    .execute();
  await db.schema.alterTable('source_document').addColumn('title_en', 'text').execute();
  await db.schema.alterTable('source_document').addColumn('licence', 'text').execute();
  await db.schema
    .alterTable('source_document')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('SECONDARY').check(sql`role in ('PRIMARY', 'SECONDARY')`))
    .execute();
  await db.schema.alterTable('observation').addColumn('locator', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('observation').dropColumn('locator').execute();
  for (const column of ['role', 'licence', 'title_en', 'language']) {
    await db.schema.alterTable('source_document').dropColumn(column).execute();
  }
}
