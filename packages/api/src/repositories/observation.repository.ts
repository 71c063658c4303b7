import type {
  AreaLevel,
  Dimensions,
  Geography,
  NewObservationRow,
  ObservationRow,
  ObservationStatus,
  Qualifier,
  ReviewStatus,
} from '@egov-vn/schema';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '@egov-vn/schema';
import type { Db } from './db.types.js';
import { escapeLike } from './like-pattern.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

/** A normalized observation filter: every reference already resolved to ids. */
export interface ObservationQuery {
  indicatorCodes?: readonly string[] | undefined;
  areaIds?: readonly number[] | undefined;
  /** Areas whose subtree (the area itself and its descendants) is wanted. */
  within?: readonly { geography: Geography; path: string }[] | undefined;
  areaLevel?: AreaLevel | undefined;
  geography?: Geography | undefined;
  periodFrom?: number | undefined;
  periodTo?: number | undefined;
  /** Only figures with no stated period. */
  undatedOnly?: boolean | undefined;
  status?: ObservationStatus | undefined;
  qualifiers?: readonly Qualifier[] | undefined;
  /** Containment: `{ govLevel: 'PROVINCE' }` matches every figure with that value. */
  dimensions?: Dimensions | undefined;
  /** Exact match of the whole dimension object: one series. */
  exactDimensions?: Dimensions | undefined;
  reviewStatuses: readonly ReviewStatus[];
  sourceIds?: readonly number[] | undefined;
}

export const OBSERVATION_ORDER_FIELDS = ['INDICATOR', 'AREA', 'PERIOD', 'VALUE', 'ID'] as const;
export type ObservationOrderField = (typeof OBSERVATION_ORDER_FIELDS)[number];
export interface ObservationOrder {
  field: ObservationOrderField;
  direction: 'ASC' | 'DESC';
}

type ObservationSelect = SelectQueryBuilder<
  Database & { o: Database['observation']; a: Database['area'] },
  'o' | 'a',
  object
>;

function filtered(db: Db, q: ObservationQuery): ObservationSelect {
  let query = db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .where('o.superseded_at', 'is', null)
    .where('o.review_status', 'in', [...q.reviewStatuses]) as unknown as ObservationSelect;
  if (q.indicatorCodes) query = query.where('o.indicator_code', 'in', [...q.indicatorCodes]);
  if (q.areaIds) query = query.where('o.area_id', 'in', [...q.areaIds]);
  if (q.within) {
    const within = q.within;
    query = query.where((eb) =>
      eb.or(
        within.map((w) =>
          eb.and([
            eb('a.geography', '=', w.geography),
            eb.or([eb('a.path', '=', w.path), eb('a.path', 'like', `${escapeLike(w.path)}.%`)]),
          ]),
        ),
      ),
    );
  }
  if (q.areaLevel) query = query.where('a.level', '=', q.areaLevel);
  if (q.geography) query = query.where('a.geography', '=', q.geography);
  if (q.periodFrom != null) query = query.where('o.period', '>=', q.periodFrom);
  if (q.periodTo != null) query = query.where('o.period', '<=', q.periodTo);
  if (q.undatedOnly) query = query.where('o.period', 'is', null);
  if (q.status) query = query.where('o.status', '=', q.status);
  if (q.qualifiers) query = query.where('o.qualifier', 'in', [...q.qualifiers]);
  if (q.dimensions && Object.keys(q.dimensions).length > 0) {
    query = query.where(sql<boolean>`o.dimensions @> ${JSON.stringify(q.dimensions)}::jsonb`);
  }
  if (q.exactDimensions) {
    query = query.where(sql<boolean>`o.dimensions = ${JSON.stringify(q.exactDimensions)}::jsonb`);
  }
  if (q.sourceIds) query = query.where('o.source_id', 'in', [...q.sourceIds]);
  return query;
}

export async function countObservations(db: Db, q: ObservationQuery): Promise<number> {
  const row = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const DEFAULT_ORDER: ObservationOrder = { field: 'INDICATOR', direction: 'ASC' };

// Undated figures sort after dated ones whatever the direction (periods are 1900–2100).
const PERIOD_ASC = sql`coalesce(o.period, 9999)`;
const PERIOD_DESC = sql`coalesce(o.period, 0)`;

/** The sort keys of each order; every order ends with the id, so it is total and a cursor names one position. */
export function observationSortKeys(order: ObservationOrder = DEFAULT_ORDER): SortKey[] {
  const dir = order.direction === 'DESC' ? 'desc' : 'asc';
  const key = (expr: SortKey['expr'], type: SortKey['type'], direction: SortKey['direction'] = 'asc'): SortKey => ({ expr, type, direction });
  const indicator = sql`o.indicator_code`;
  const geography = sql`a.geography`;
  const code = sql`a.code`;
  const id = key(sql`o.id`, 'int', order.field === 'ID' ? dir : 'asc');
  switch (order.field) {
    case 'INDICATOR':
      return [key(indicator, 'text', dir), key(geography, 'text'), key(code, 'text'), key(PERIOD_ASC, 'int'), id];
    case 'AREA':
      return [key(geography, 'text', dir), key(code, 'text', dir), key(indicator, 'text'), key(PERIOD_ASC, 'int'), id];
    case 'PERIOD':
      return [key(dir === 'desc' ? PERIOD_DESC : PERIOD_ASC, 'int', dir), key(indicator, 'text'), key(code, 'text'), id];
    case 'VALUE':
      return [key(sql`o.value`, 'numeric', dir), key(indicator, 'text'), id];
    case 'ID':
      return [id];
  }
}

/** One keyset page of observations matching `q`, in `order`. */
export function pageObservations(
  db: Db,
  q: ObservationQuery,
  order: ObservationOrder | undefined,
  page: KeysetPage,
): Promise<KeysetResult<ObservationRow>> {
  return keysetPage(filtered(db, q).selectAll('o') as SelectQueryBuilder<Database, 'observation', ObservationRow>, observationSortKeys(order), page);
}

/** Observations matching `q` in `order` (a whole list, for series and loaders; pages use `pageObservations`). */
export async function listObservations(
  db: Db,
  q: ObservationQuery,
  page: { limit: number; offset: number; order?: ObservationOrder | undefined },
): Promise<ObservationRow[]> {
  let query = filtered(db, q).selectAll('o');
  for (const key of observationSortKeys(page.order)) query = query.orderBy(key.expr, key.direction);
  return (await query.limit(page.limit).offset(page.offset).execute()) as ObservationRow[];
}

/** Current observations matching `q` for each area, grouped in the order of `areaIds`. */
export async function findObservationsByAreaIds(
  db: Db,
  areaIds: readonly number[],
  q: ObservationQuery,
): Promise<ObservationRow[][]> {
  const rows = await listObservations(db, { ...q, areaIds }, { limit: 100_000, offset: 0 });
  return areaIds.map((id) => rows.filter((r) => r.area_id === id));
}

/** Observations by id (any version), in the order of `ids`. */
export async function findObservationsByIds(db: Db, ids: readonly number[]): Promise<(ObservationRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('observation').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/** Every version of a figure, oldest first. */
export async function findObservationHistory(db: Db, naturalKey: string): Promise<ObservationRow[]> {
  return db.selectFrom('observation').selectAll().where('natural_key', '=', naturalKey).orderBy('revision').execute();
}

export type ObservationInput = Omit<NewObservationRow, 'id' | 'revision' | 'superseded_by' | 'superseded_at'>;

export interface UpsertResult {
  inserted: number;
  revised: number;
  unchanged: number;
}

const COMPARED = [
  'indicator_code',
  'area_id',
  'period',
  'unit',
  'qualifier',
  'status',
  'source_id',
  'quote',
  'quote_start',
  'quote_end',
  'edition',
  'methodology',
  'locator',
  'note',
] as const;

function sameFigure(current: ObservationRow, next: ObservationInput): boolean {
  return (
    COMPARED.every((k) => (current[k] ?? null) === (next[k] ?? null)) &&
    Number(current.value) === Number(next.value) &&
    canonicalJson(current.dimensions) === canonicalJson(JSON.parse(next.dimensions))
  );
}

/** JSON with sorted keys, so equal dimension objects compare equal. */
export function canonicalJson(value: object): string {
  return JSON.stringify(value, Object.keys(value).sort());
}

/**
 * Inserts figures by `natural_key`. An unchanged figure is left alone; a
 * changed one gets a new revision and the old row is kept, superseded. A
 * change of review status alone is recorded in place. With `keepReviewed`,
 * figures a curator approved or rejected are left untouched (re-ingesting after
 * an extractor change). Run it in a transaction.
 */
export async function upsertObservations(
  trx: Db,
  inputs: readonly ObservationInput[],
  options: { keepReviewed?: boolean } = {},
): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: 0, revised: 0, unchanged: 0 };
  for (let i = 0; i < inputs.length; i += 500) {
    const chunk = inputs.slice(i, i + 500);
    const current = await trx
      .selectFrom('observation')
      .selectAll()
      .where('natural_key', 'in', chunk.map((c) => c.natural_key))
      .where('superseded_at', 'is', null)
      .execute();
    const byKey = new Map(current.map((r) => [r.natural_key, r]));
    const fresh: ObservationInput[] = [];
    for (const input of chunk) {
      const existing = byKey.get(input.natural_key);
      if (!existing) {
        fresh.push(input);
      } else if (options.keepReviewed && existing.review_status !== 'CANDIDATE') {
        // A curator's decision stands: machine output never overwrites it.
        result.unchanged += 1;
      } else if (sameFigure(existing, input)) {
        if (existing.review_status !== input.review_status) {
          await trx
            .updateTable('observation')
            .set({ review_status: input.review_status, reviewed_at: input.reviewed_at ?? null, updated_at: new Date() })
            .where('id', '=', existing.id)
            .execute();
        }
        result.unchanged += 1;
      } else {
        await reviseObservation(trx, existing, input);
        result.revised += 1;
      }
    }
    if (fresh.length > 0) {
      await trx.insertInto('observation').values(fresh).execute();
      result.inserted += fresh.length;
    }
  }
  return result;
}

/** Supersedes `existing` with a new revision carrying `next`; returns the new row's id. */
export async function reviseObservation(trx: Db, existing: ObservationRow, next: ObservationInput): Promise<number> {
  const now = new Date();
  await trx.updateTable('observation').set({ superseded_at: now, updated_at: now }).where('id', '=', existing.id).execute();
  const { id } = await trx
    .insertInto('observation')
    .values({ ...next, revision: existing.revision + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('observation').set({ superseded_by: id }).where('id', '=', existing.id).execute();
  return id;
}

/** Observations by "<natural_key>.<revision>" (one exact version each), in the order of `keys`. */
export async function findObservationsByVersionKeys(
  db: Db,
  keys: readonly string[],
): Promise<(ObservationRow | undefined)[]> {
  const parsed = keys.map((k) => /^([0-9a-f]{32})\.(\d{1,6})$/.exec(k)).map((m) => (m ? { key: m[1]!, revision: Number(m[2]) } : null));
  const valid = parsed.filter((p): p is { key: string; revision: number } => p !== null);
  if (valid.length === 0) return keys.map(() => undefined);
  const rows = await db
    .selectFrom('observation')
    .selectAll()
    .where((eb) => eb.or(valid.map((p) => eb.and([eb('natural_key', '=', p.key), eb('revision', '=', p.revision)]))))
    .execute();
  return parsed.map((p) => (p ? rows.find((r) => r.natural_key === p.key && r.revision === p.revision) : undefined));
}
