import { type Kysely, sql } from 'kysely';

/**
 * A figure read from a transcribed table (a source of kind TABLE) has no
 * quote: the CSV row egov-vn transcribed is not text the source contains. It
 * moves from `quote` to `transcribed_row` (still located by `quote_start` and
 * `quote_end` in the stored transcription), and every figure has exactly one
 * of the two. Every version moves, superseded ones too: this changes how a row
 * is stored, not what was published (export formats 1 and 2 write
 * `coalesce(quote, transcribed_row)` as their `quote`, so releases keep their bytes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table observation add column transcribed_row text`.execute(db);
  await sql`alter table observation alter column quote drop not null`.execute(db);
  await sql`update observation o set transcribed_row = o.quote, quote = null
    from source_document s where s.id = o.source_id and s.kind = 'TABLE'`.execute(db);
  await sql`alter table observation add constraint observation_quote_or_row check ((quote is null) <> (transcribed_row is null))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table observation drop constraint observation_quote_or_row`.execute(db);
  await sql`update observation set quote = transcribed_row where quote is null`.execute(db);
  await sql`alter table observation alter column quote set not null`.execute(db);
  await sql`alter table observation drop column transcribed_row`.execute(db);
}
