import { type Kysely, sql } from 'kysely';

/** Areas, indicators, source documents and observations, with an index for every API access path. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('area')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('geography', 'text', (c) => c.notNull().check(sql`geography in ('pre2025', 'post2025')`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('PROVINCE', 'DISTRICT', 'COMMUNE')`))
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('full_name_vi', 'text', (c) => c.notNull())
    .addColumn('full_name_en', 'text', (c) => c.notNull())
    .addColumn('unit_type_vi', 'text', (c) => c.notNull())
    .addColumn('unit_type_en', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('area.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('iso_code', 'text')
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addUniqueConstraint('area_geography_code_key', ['geography', 'code'])
    .execute();
  await db.schema.createIndex('area_parent_idx').on('area').column('parent_id').execute();
  await db.schema.createIndex('area_level_idx').on('area').columns(['level', 'geography']).execute();
  await db.schema.createIndex('area_code_idx').on('area').column('code').execute();
  await sql`create index area_path_idx on area (path text_pattern_ops)`.execute(db);
  await sql`create index area_search_key_idx on area (search_key text_pattern_ops)`.execute(db);

  await db.schema
    .createTable('indicator')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('higher_is_better', 'boolean', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicator_category_idx').on('indicator').column('category').execute();

  await db.schema
    .createTable('source_document')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ARTICLE', 'TABLE')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('published_at', 'date')
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('attribution', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('observation')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('natural_key', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('superseded_by', 'integer', (c) => c.references('observation.id'))
    .addColumn('superseded_at', 'timestamptz')
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicator.code'))
    .addColumn('dimensions', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('area_id', 'integer', (c) => c.notNull().references('area.id'))
    .addColumn('period', 'integer', (c) => c.check(sql`period between 1900 and 2100`))
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('qualifier', 'text', (c) =>
      c.notNull().check(sql`qualifier in ('EXACT', 'APPROX', 'MORE_THAN', 'LESS_THAN', 'AT_LEAST')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ACTUAL', 'TARGET')`))
    .addColumn('review_status', 'text', (c) =>
      c.notNull().check(sql`review_status in ('CANDIDATE', 'APPROVED', 'REJECTED')`),
    )
    .addColumn('source_id', 'integer', (c) => c.notNull().references('source_document.id'))
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('quote_start', 'integer', (c) => c.notNull())
    .addColumn('quote_end', 'integer', (c) => c.notNull())
    .addColumn('edition', 'text')
    .addColumn('methodology', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reviewed_at', 'timestamptz')
    .addCheckConstraint('observation_quote_range', sql`quote_start >= 0 and quote_end > quote_start`)
    .execute();
  // One current version per figure; superseded versions keep their rows.
  await sql`create unique index observation_current_key on observation (natural_key) where superseded_at is null`.execute(db);
  await sql`create index observation_indicator_period_idx on observation (indicator_code, period) where superseded_at is null`.execute(db);
  await sql`create index observation_area_idx on observation (area_id, indicator_code) where superseded_at is null`.execute(db);
  await sql`create index observation_source_idx on observation (source_id)`.execute(db);
  await sql`create index observation_review_idx on observation (review_status) where superseded_at is null`.execute(db);
  await sql`create index observation_dimensions_idx on observation using gin (dimensions jsonb_path_ops)`.execute(db);

  // What the loader last imported, so a restart with unchanged data files does no work.
  await db.schema
    .createTable('dataset_import')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['dataset_import', 'observation', 'source_document', 'indicator', 'area']) {
    await db.schema.dropTable(table).execute();
  }
}
