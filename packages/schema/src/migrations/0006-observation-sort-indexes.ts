import { type Kysely, sql } from 'kysely';

/**
 * An index in every order a page of observations is read in, so a page reads
 * its rows in order and stops, instead of sorting every match (measured on the
 * 5 M-row synthetic data: bench/RESULTS.md).
 *
 * Orders that go by area (geography, then code) need the area's ref on the
 * observation row itself: an index cannot span two tables. `area_ref` is
 * "<geography>:<code>" (the one area-ref format), set by a trigger from
 * `area_id`; area codes never change (a new unit is a new row), so it never
 * goes stale. Its text order is the order of (geography, code): codes are digits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table observation add column area_ref text`.execute(db);
  await sql`update observation o set area_ref = a.geography || ':' || a.code from area a where a.id = o.area_id`.execute(db);
  await sql`alter table observation alter column area_ref set not null`.execute(db);
  await sql`
    create function observation_area_ref() returns trigger language plpgsql as $$
    begin
      select a.geography || ':' || a.code into new.area_ref from area a where a.id = new.area_id;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger observation_area_ref before insert or update of area_id on observation
    for each row execute function observation_area_ref()`.execute(db);

  const current = sql`where superseded_at is null`;
  // One unit's own figures (Area.observations, series): by indicator, then period (undated last).
  await sql`drop index observation_area_idx`.execute(db);
  await sql`create index observation_area_idx on observation (area_id, indicator_code, coalesce(period, 9999), id) ${current}`.execute(db);
  // The orders of `observations(orderBy:)`, both directions (see observationSortKeys).
  const orders: [string, string][] = [
    ['indicator_asc', 'indicator_code, area_ref, coalesce(period, 9999), id'],
    ['indicator_desc', 'indicator_code desc, area_ref, coalesce(period, 9999), id'],
    ['area_asc', 'area_ref, indicator_code, coalesce(period, 9999), id'],
    ['area_desc', 'area_ref desc, indicator_code, coalesce(period, 9999), id'],
    ['period_asc', 'coalesce(period, 9999), indicator_code, area_ref, id'],
    ['period_desc', 'coalesce(period, 0) desc, indicator_code, area_ref, id'],
    ['value_asc', 'value, indicator_code, id'],
    ['value_desc', 'value desc, indicator_code, id'],
  ];
  for (const [name, columns] of orders) {
    await sql`create index ${sql.raw(`observation_order_${name}_idx`)} on observation (${sql.raw(columns)}) ${current}`.execute(db);
  }
  // Units of one level in code order (a commune-level list walks them in order and stops).
  await sql`create index area_level_order_idx on area (level, geography, code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index area_level_order_idx`.execute(db);
  for (const name of ['indicator_asc', 'indicator_desc', 'area_asc', 'area_desc', 'period_asc', 'period_desc', 'value_asc', 'value_desc']) {
    await sql`drop index ${sql.raw(`observation_order_${name}_idx`)}`.execute(db);
  }
  await sql`drop index observation_area_idx`.execute(db);
  await sql`create index observation_area_idx on observation (area_id, indicator_code) where superseded_at is null`.execute(db);
  await sql`drop trigger observation_area_ref on observation`.execute(db);
  await sql`drop function observation_area_ref()`.execute(db);
  await sql`alter table observation drop column area_ref`.execute(db);
}
