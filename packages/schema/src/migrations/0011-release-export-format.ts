import { type Kysely, sql } from 'kysely';

/**
 * The export format a release was cut with. A release's checksum is over its
 * CSV's bytes, so a release is always written in its own format: releases cut
 * before this column are format 1; new releases record the current format
 * explicitly (no default). The release's rows are otherwise untouched (the
 * immutability trigger fires on update and delete, not on a new column).
 *
 * Exports of a release read, for each batch of figures, the other figures of
 * their slices published at the release's moment: superseded versions
 * included, which the partial indexes on current figures do not hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dataset_release add column export_format integer not null default 1 check (export_format >= 1)`.execute(db);
  await sql`alter table dataset_release alter column export_format drop default`.execute(db);
  await sql`create index observation_slice_idx on observation (area_id, indicator_code, period) where review_status = 'APPROVED'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index observation_slice_idx`.execute(db);
  await sql`alter table dataset_release drop column export_format`.execute(db);
}
