import { type Kysely, sql } from 'kysely';

/**
 * Curation: who changed a figure and why (every version says it), withdrawn
 * figures, versions of a source re-published at the same address, API keys
 * (hashed) and an append-only audit log of every write.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('observation')
    .addColumn('changed_by', 'text')
    .addColumn('change_reason', 'text')
    .addColumn('reviewed_by', 'text')
    .execute();
  // A withdrawal is a version of its own: the figure stays in history, no longer published.
  await sql`alter table observation drop constraint observation_review_status_check`.execute(db);
  await sql`alter table observation add constraint observation_review_status_check
    check (review_status in ('CANDIDATE', 'APPROVED', 'REJECTED', 'WITHDRAWN'))`.execute(db);

  await db.schema
    .alterTable('source_document')
    .addColumn('previous_version_id', 'integer', (c) => c.references('source_document.id'))
    .addColumn('added_by', 'text')
    .execute();
  await sql`create index source_document_url_idx on source_document (url)`.execute(db);
  await sql`create unique index source_document_one_successor on source_document (previous_version_id)`.execute(db);

  await db.schema
    .createTable('api_key')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('curator', 'admin')`))
    // The key's public part, to find its row; the secret is stored only as a sha256 hash.
    .addColumn('prefix', 'text', (c) => c.notNull().unique())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('api_key_id', 'integer', (c) => c.references('api_key.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute();
  await sql`create index audit_log_target_idx on audit_log (target)`.execute(db);
  await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await sql`drop function audit_log_append_only()`.execute(db);
  await db.schema.dropTable('api_key').execute();
  await sql`drop index source_document_one_successor`.execute(db);
  await sql`drop index source_document_url_idx`.execute(db);
  await db.schema.alterTable('source_document').dropColumn('previous_version_id').dropColumn('added_by').execute();
  await sql`alter table observation drop constraint observation_review_status_check`.execute(db);
  await sql`alter table observation add constraint observation_review_status_check
    check (review_status in ('CANDIDATE', 'APPROVED', 'REJECTED'))`.execute(db);
  await db.schema.alterTable('observation').dropColumn('changed_by').dropColumn('change_reason').dropColumn('reviewed_by').execute();
}
