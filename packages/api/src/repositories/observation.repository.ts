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
import { type KeysetPage, type KeysetResult, keysetPage, keysetQuery, keysetResult, type SortKey } from './keyset.js';
import { publishedAsOf, publishedSince } from './published-as-of.js';

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
  /**
   * What was published at this moment (`publishedAsOf`), instead of the
   * current versions of `reviewStatuses`.
   */
  publishedAt?: Date | undefined;
  /** Only figures whose published version became public after this moment (ISO 8601, kept as text: microseconds count). */
  updatedSince?: string | undefined;
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

/** Whether a filter looks at the area's columns (otherwise the join is left out: less work per row). */
function filtersOnArea(q: ObservationQuery): boolean {
  return Boolean(q.within || q.areaLevel || q.geography);
}

/** The observations matching `q` (current, or published at `q.publishedAt`), as `o`; the area joined as `a` when the filter needs it. */
export function filtered(db: Db, q: ObservationQuery, joinArea = filtersOnArea(q)): ObservationSelect {
  const from = db.selectFrom('observation as o');
  const base = joinArea ? from.innerJoin('area as a', 'a.id', 'o.area_id') : from;
  let query = (
    q.publishedAt
      ? base.where(publishedAsOf('o', q.publishedAt))
      : base.where('o.superseded_at', 'is', null).where('o.review_status', 'in', [...q.reviewStatuses])
  ) as unknown as ObservationSelect;
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
  if (q.updatedSince) query = query.where(sql<boolean>`${publishedSince('o')} > ${q.updatedSince}::timestamptz`);
  return query;
}

export async function countObservations(db: Db, q: ObservationQuery): Promise<number> {
  const row = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many observations match `q` for each area, in the order of `areaIds`, in one statement. */
export async function countObservationsByArea(db: Db, areaIds: readonly number[], q: ObservationQuery): Promise<number[]> {
  if (areaIds.length === 0) return [];
  const rows = await filtered(db, { ...q, areaIds })
    .select((eb) => ['o.area_id', eb.fn.countAll<number>().as('n')])
    .groupBy('o.area_id')
    .execute();
  const byArea = new Map(rows.map((r) => [Number(r.area_id), Number(r.n)]));
  return areaIds.map((id) => byArea.get(id) ?? 0);
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
  // "<geography>:<code>": its text order is that of (geography, code), and it is indexed with the other keys.
  const area = sql`o.area_ref`;
  const id = key(sql`o.id`, 'int', order.field === 'ID' ? dir : 'asc');
  // Each order has its index (migration 0006), so a page reads its rows in order and stops.
  switch (order.field) {
    case 'INDICATOR':
      return [key(indicator, 'text', dir), key(area, 'text'), key(PERIOD_ASC, 'int'), id];
    case 'AREA':
      return [key(area, 'text', dir), key(indicator, 'text'), key(PERIOD_ASC, 'int'), id];
    case 'PERIOD':
      return [key(dir === 'desc' ? PERIOD_DESC : PERIOD_ASC, 'int', dir), key(indicator, 'text'), key(area, 'text'), id];
    case 'VALUE':
      return [key(sql`o.value`, 'numeric', dir), key(indicator, 'text'), id];
    case 'ID':
      return [id];
  }
}

/** A column of `observation`. */
export type ObservationColumn = keyof ObservationRow & string;

/**
 * The columns a list reads: all of them by default, or only `columns` (the API passes those its query's fields
 * need: a page printing four fields of 3,000 figures then skips parsing their quotes, timestamps and dimensions).
 * Rows read with `columns` hold only those: the caller vouches no one reads another.
 */
function selectColumns(query: ObservationSelect, columns: readonly ObservationColumn[] | undefined) {
  return columns ? query.select(columns.map((c) => `o.${c}` as const)) : query.selectAll('o');
}

/** One keyset page of observations matching `q`, in `order` (every column, or only `columns`). */
export function pageObservations(
  db: Db,
  q: ObservationQuery,
  order: ObservationOrder | undefined,
  page: KeysetPage,
  columns?: readonly ObservationColumn[],
): Promise<KeysetResult<ObservationRow>> {
  return keysetPage(selectColumns(filtered(db, q), columns) as SelectQueryBuilder<Database, 'observation', ObservationRow>, observationSortKeys(order), page);
}

/**
 * Every observation matching `q`, in `order`: for inputs bounded by the data
 * themselves (one series, the predecessors of a few units), never a page of a
 * list, so never cut.
 */
export async function listObservations(db: Db, q: ObservationQuery, order?: ObservationOrder): Promise<ObservationRow[]> {
  let query = filtered(db, q).selectAll('o');
  for (const key of observationSortKeys(order)) query = query.orderBy(key.expr, key.direction);
  return (await query.execute()) as ObservationRow[];
}

/** The order of one unit's own figures: by indicator, then period (undated last), then id. */
export const AREA_OBSERVATION_SORT_KEYS: readonly SortKey[] = [
  { expr: sql`o.indicator_code`, type: 'text', direction: 'asc' },
  { expr: PERIOD_ASC, type: 'int', direction: 'asc' },
  { expr: sql`o.id`, type: 'int', direction: 'asc' },
];

/**
 * One keyset page of each area's own observations matching `q`, in the order
 * of `areaIds`, in one statement: a lateral subquery per area walks the index
 * on (area_id, indicator_code, period, id) and stops after the page.
 */
export async function pageObservationsByArea(
  db: Db,
  areaIds: readonly number[],
  q: ObservationQuery,
  page: KeysetPage,
  columns?: readonly ObservationColumn[],
): Promise<KeysetResult<ObservationRow>[]> {
  if (areaIds.length === 0) return [];
  const inner = keysetQuery(
    selectColumns(filtered(db, q), columns && columns.includes('area_id') ? columns : columns && [...columns, 'area_id']).where(
      sql<boolean>`o.area_id = p.area_id`,
    ),
    AREA_OBSERVATION_SORT_KEYS,
    page,
  );
  const ids = sql.join(areaIds.map((id) => sql`(${id}::int)`));
  const { rows } = await sql<Record<string, unknown>>`select x.* from (values ${ids}) as p(area_id) cross join lateral (${inner}) as x`.execute(db);
  const byArea = new Map<number, Record<string, unknown>[]>();
  for (const row of rows) {
    const id = Number(row.area_id);
    const list = byArea.get(id);
    if (list) list.push(row);
    else byArea.set(id, [row]);
  }
  return areaIds.map((id) => keysetResult<ObservationRow>(byArea.get(id) ?? [], AREA_OBSERVATION_SORT_KEYS, page));
}

/** Observations by id (any version), in the order of `ids`. */
export async function findObservationsByIds(db: Db, ids: readonly number[]): Promise<(ObservationRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('observation').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/** The version of a figure published at `asOf` (now when absent), if any. */
export async function findPublishedVersion(db: Db, naturalKey: string, asOf?: Date): Promise<ObservationRow | undefined> {
  return db
    .selectFrom('observation as o')
    .selectAll('o')
    .where('o.natural_key', '=', naturalKey)
    .where(publishedAsOf('o', asOf))
    .orderBy('o.revision', 'desc')
    .executeTakeFirst();
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
  'transcribed_row',
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
        // The English locator translates `locator` (compared above): filling it in is no new version of the figure.
        if ((existing.locator_en ?? null) !== (input.locator_en ?? null)) {
          await trx.updateTable('observation').set({ locator_en: input.locator_en ?? null }).where('id', '=', existing.id).execute();
        }
        result.unchanged += 1;
      } else {
        await reviseObservation(trx, existing, input);
        result.revised += 1;
      }
    }
    await insertObservations(trx, fresh);
    result.inserted += fresh.length;
  }
  return result;
}

/** Inserts new figures (first revisions) as they are, in one statement; nothing for none. */
export async function insertObservations(trx: Db, rows: readonly ObservationInput[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('observation').values(rows).execute();
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

/** Current published figures of the transcribed index tables stored by the dataset loader (not by a curator). */
export function findCurrentLoadedTableFigures(db: Db): Promise<ObservationRow[]> {
  return db
    .selectFrom('observation as o')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
    .selectAll('o')
    .where('s.kind', '=', 'TABLE')
    .where('s.added_by', 'is', null)
    .where('o.superseded_at', 'is', null)
    .where('o.review_status', '=', 'APPROVED')
    .execute();
}

/** Retracts a published figure by a new version (`WITHDRAWN`) that says who and why; the figure stays in history. */
export async function withdrawObservation(trx: Db, current: ObservationRow, by: string, reason: string): Promise<number> {
  const { id: _id, revision: _r, superseded_by: _sb, superseded_at: _sa, area_ref: _ar, created_at: _c, updated_at: _u, ...rest } = current;
  return reviseObservation(trx, current, {
    ...rest,
    dimensions: JSON.stringify(current.dimensions),
    review_status: 'WITHDRAWN',
    reviewed_at: new Date(),
    reviewed_by: by,
    changed_by: by,
    change_reason: reason,
  });
}
