import type { Kysely } from 'kysely';

/**
 * The English locator beside the Vietnamese one ("DTI 2022, provincial ranking
 * table, rank 25"), so a figure read from a table can be cited in either
 * language. Null for figures read from an article (they have a quote instead).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('observation').addColumn('locator_en', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('observation').dropColumn('locator_en').execute();
}
