import { type Kysely, sql } from 'kysely';

/**
 * Releases: named, immutable versions of the published dataset. A release
 * stores no rows of its own: it records its moment, and what was published at
 * that moment (`publishedAsOf`) is its content forever, because history is
 * append-only. Its counts and checksum let anyone verify that.
 *
 * Exports walk figures by `natural_key` (one version per key at any moment):
 * the index lets a release's walk read in order and stop, whatever version is current.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dataset_release')
    .addColumn('name', 'text', (c) => c.primaryKey().check(sql`name ~ '^[0-9]{4}\\.[0-9]{1,3}$'`))
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('moment', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('observation_count', 'integer', (c) => c.notNull())
    .addColumn('indicator_count', 'integer', (c) => c.notNull())
    .addColumn('area_count', 'integer', (c) => c.notNull())
    .addColumn('source_count', 'integer', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .execute();
  await sql`create index dataset_release_moment_idx on dataset_release (moment)`.execute(db);
  await sql`create function dataset_release_immutable() returns trigger language plpgsql as $$
    begin raise exception 'a release is immutable'; end $$`.execute(db);
  await sql`create trigger dataset_release_immutable before update or delete on dataset_release
    for each statement execute function dataset_release_immutable()`.execute(db);
  await sql`create index observation_natural_key_idx on observation (natural_key, revision)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index observation_natural_key_idx`.execute(db);
  await db.schema.dropTable('dataset_release').execute();
  await sql`drop function dataset_release_immutable()`.execute(db);
}
