import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';

/** The SQL type of a sort key, so a value read back from a cursor can be checked before it reaches SQL. */
export type KeyType = 'int' | 'numeric' | 'text';
export type KeyValue = string | number;

/** One expression of an order. Never null: nulls are mapped to a value first (`coalesce`), so `=`/`<`/`>` are total. */
export interface SortKey {
  expr: RawBuilder<unknown>;
  direction: 'asc' | 'desc';
  type: KeyType;
}

/** One page of a keyset walk: after (or, backwards, before) the row with `key`. */
export interface KeysetPage {
  /** The sort-key values of the row the page starts after; none for the first page. */
  after?: readonly KeyValue[] | undefined;
  /** Walk towards the start (`last`/`before`): rows are still returned in the list's order. */
  backward: boolean;
  limit: number;
}

export interface KeysetResult<T> {
  rows: T[];
  /** The sort-key values of each row, for its cursor. */
  keys: KeyValue[][];
  /** Whether rows exist beyond this page in the direction walked. */
  hasMore: boolean;
}

/** Checks that `value` can stand for a key of `type` (cursor input is untrusted). */
export function isKeyValue(type: KeyType, value: unknown): value is KeyValue {
  if (type === 'int') return typeof value === 'number' && Number.isSafeInteger(value);
  if (type === 'numeric') return typeof value === 'string' && /^-?\d{1,30}(\.\d{1,30})?$/.test(value);
  return typeof value === 'string' && value.length <= 1000;
}

function literal(type: KeyType, value: KeyValue): RawBuilder<unknown> {
  return type === 'numeric' ? sql`${value}::numeric` : type === 'int' ? sql`${value}::int` : sql`${value}::text`;
}

/** `(k1, k2, …) > (v1, v2, …)` in the order's own directions, spelled out because directions may differ per key. */
function beyond(keys: readonly SortKey[], values: readonly KeyValue[], backward: boolean): RawBuilder<boolean> {
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => sql`${k.expr} = ${literal(k.type, values[j]!)}`);
    const ascending = (key.direction === 'asc') !== backward;
    const step = sql`${key.expr} ${sql.raw(ascending ? '>' : '<')} ${literal(key.type, values[i]!)}`;
    return sql`(${sql.join([...equal, step], sql` and `)})`;
  });
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
}

/**
 * `query` as one keyset page: ordered by `keys` (the last key must be unique),
 * starting after `page.after`, reading one row more than asked to know whether
 * the walk goes on. The sort-key values come back as `_k0`, `_k1`, …
 */
export function keysetQuery<T>(
  query: SelectQueryBuilder<any, any, T>,
  keys: readonly SortKey[],
  page: KeysetPage,
): SelectQueryBuilder<any, any, T> {
  let q = query.select(keys.map((k, i) => k.expr.as(`_k${i}`)));
  if (page.after) q = q.where(beyond(keys, page.after, page.backward));
  for (const key of keys) {
    const ascending = (key.direction === 'asc') !== page.backward;
    q = q.orderBy(key.expr, ascending ? 'asc' : 'desc');
  }
  return q.limit(page.limit + 1) as SelectQueryBuilder<any, any, T>;
}

/** The page a `keysetQuery` fetched: rows in the list's order (even walking backwards), their keys, and whether more follow. */
export function keysetResult<T>(fetched: readonly Record<string, unknown>[], keys: readonly SortKey[], page: KeysetPage): KeysetResult<T> {
  const hasMore = fetched.length > page.limit;
  const slice = fetched.slice(0, page.limit);
  if (page.backward) slice.reverse();
  const rows: T[] = [];
  const keyValues: KeyValue[][] = [];
  // The row's own columns, copied without the key columns (deleting them instead would turn every row into a slow
  // dictionary-mode object that each field resolver then reads).
  const keyColumns = keys.map((_, i) => `_k${i}`);
  const columns = slice.length > 0 ? Object.keys(slice[0]!).filter((c) => !keyColumns.includes(c)) : [];
  for (const raw of slice) {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column] = raw[column];
    keyValues.push(keys.map((key, i) => normalize(key.type, raw[keyColumns[i]!])));
    rows.push(row as T);
  }
  return { rows, keys: keyValues, hasMore };
}

/**
 * Runs `query` as one keyset page (see `keysetQuery`). A row added or approved
 * meanwhile never shifts a page: a cursor names a position in the order, not an offset.
 */
export async function keysetPage<T>(
  query: SelectQueryBuilder<any, any, T>,
  keys: readonly SortKey[],
  page: KeysetPage,
): Promise<KeysetResult<T>> {
  const fetched = (await keysetQuery(query, keys, page).execute()) as Record<string, unknown>[];
  return keysetResult(fetched, keys, page);
}

/** Drivers return numerics as strings and may return ints as strings (bigint): one form per type. */
function normalize(type: KeyType, value: unknown): KeyValue {
  if (type === 'int') return Number(value);
  return String(value);
}
