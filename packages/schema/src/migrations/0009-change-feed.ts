import { type Kysely, sql } from 'kysely';

/**
 * The change feed reads published versions in the order they were published
 * (`greatest(reviewed_at, created_at)`, the rule of `publishedAsOf`) and the
 * moments they stopped being published (`superseded_at`): an index in each
 * order, so a page walks its rows in order and stops.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index observation_published_since_idx on observation ((greatest(reviewed_at, created_at)), id) where review_status = 'APPROVED'`.execute(db);
  await sql`create index observation_unpublished_idx on observation (superseded_at, id) where review_status = 'APPROVED' and superseded_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index observation_unpublished_idx`.execute(db);
  await sql`drop index observation_published_since_idx`.execute(db);
}
