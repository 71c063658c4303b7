import { type Kysely, sql } from 'kysely';

/**
 * The lineage of administrative units across reorganisations (old → new, full
 * or partial) and every name an area can be looked up by (Vietnamese and
 * English names, aliases such as "TP.HCM").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('area_lineage')
    .addColumn('from_area_id', 'integer', (c) => c.notNull().references('area.id').onDelete('cascade'))
    .addColumn('to_area_id', 'integer', (c) => c.notNull().references('area.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('full', 'partial')`))
    .addColumn('effective_on', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('area_lineage_pkey', ['from_area_id', 'to_area_id'])
    .addCheckConstraint('area_lineage_not_self', sql`from_area_id <> to_area_id`)
    .execute();
  await db.schema.createIndex('area_lineage_to_idx').on('area_lineage').column('to_area_id').execute();

  await db.schema
    .createTable('area_name')
    .addColumn('area_id', 'integer', (c) => c.notNull().references('area.id').onDelete('cascade'))
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('NAME_VI', 'NAME_EN', 'FULL_NAME_VI', 'FULL_NAME_EN', 'ALIAS')`),
    )
    .addPrimaryKeyConstraint('area_name_pkey', ['area_id', 'search_key'])
    .execute();
  await sql`create index area_name_search_key_idx on area_name (search_key text_pattern_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('area_name').execute();
  await db.schema.dropTable('area_lineage').execute();
}
