import { type Kysely, sql } from 'kysely';

/**
 * A data version: one number that every committed change of published data
 * raises. Response caches key their answers on it (packages/api/src/cache), so
 * an answer is served again only while nothing it could hold has changed —
 * whichever process or tool wrote, since the database itself counts.
 *
 * Statement-level triggers, so a bulk load raises it once per statement, not
 * per row. The row update is transactional: a reader sees the new version
 * exactly when it can see the new data.
 */
export const DATA_VERSION_UNTRACKED_TABLES = ['data_version', 'api_key', 'audit_log'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // `epoch` tells databases apart: caches shared by several deployments (one Redis) never mix their answers.
  await sql`
    create table data_version (
      id boolean primary key default true check (id),
      epoch text not null default md5(random()::text || clock_timestamp()::text),
      version bigint not null
    )`.execute(db);
  await sql`insert into data_version (id, version) values (true, 1)`.execute(db);
  await sql`
    create function bump_data_version() returns trigger language plpgsql as $$
    begin
      update data_version set version = version + 1;
      return null;
    end $$`.execute(db);
  // Every table of published data; keys and the audit log are never in a public answer.
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  for (const { name } of rows) {
    if ((DATA_VERSION_UNTRACKED_TABLES as readonly string[]).includes(name)) continue;
    await sql`
      create trigger ${sql.raw(`${name}_data_version`)} after insert or update or delete or truncate on ${sql.table(name)}
      for each statement execute function bump_data_version()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function bump_data_version() cascade`.execute(db);
  await sql`drop table data_version`.execute(db);
}
