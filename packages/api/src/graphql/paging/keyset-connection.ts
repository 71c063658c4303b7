import { PAGE_SIZE } from '../../config.js';
import type { KeysetPage, KeysetResult, KeyValue, SortKey } from '../../repositories/keyset.js';
import { badInput } from '../errors.js';
import { cursorScope, decodeCursor, encodeCursor } from './cursor.js';

/** The Relay arguments every list takes. */
export interface PageArgs {
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
}

/** A list that pages by keyset: what to fetch, in which order, and how to count it. */
export interface KeysetList<T> {
  /** The list's name, e.g. "observations": cursors of two lists never mix. */
  list: string;
  /** The resolved filter and order; a cursor is bound to it. */
  query: unknown;
  keys: readonly SortKey[];
  fetch: (page: KeysetPage) => Promise<KeysetResult<T>>;
  /** Runs only when `totalCount` is asked for. */
  count: () => Promise<number>;
}

export interface KeysetConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

function checkSize(name: 'first' | 'last', n: number | null | undefined): void {
  if (n != null && (!Number.isInteger(n) || n < 0 || n > PAGE_SIZE.max)) {
    throw badInput(`${name} must be between 0 and ${PAGE_SIZE.max}`, { argument: name, value: n, max: PAGE_SIZE.max });
  }
}

/**
 * The page rules of every list: `first` (default ${PAGE_SIZE.default}) with
 * `after` walks forward, `last` with `before` walks back; at most
 * ${PAGE_SIZE.max} per page; `first` and `last` not both. Cursors are keyset
 * positions bound to the list, filter and order.
 */
export async function keysetConnection<T>(args: PageArgs, source: KeysetList<T>): Promise<KeysetConnection<T>> {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) {
    throw badInput('Pass first or last, not both: first pages forward from the start (or from after), last backward from the end (or from before)', {
      argument: 'last',
    });
  }
  if (args.after != null && args.before != null) throw badInput('Pass after or before, not both', { argument: 'before' });
  if (args.first != null && args.before != null) throw badInput('before pages backward: use it with last, not first', { argument: 'before' });
  if (args.last != null && args.after != null) throw badInput('after pages forward: use it with first, not last', { argument: 'after' });

  const backward = args.last != null || args.before != null;
  const limit = (backward ? args.last : args.first) ?? PAGE_SIZE.default;
  const scope = cursorScope(source.list, source.query);
  const cursor = backward ? args.before : args.after;
  const after = cursor == null ? undefined : decodeCursor(cursor, scope, source.keys, backward ? 'before' : 'after');
  const { rows, keys, hasMore } = await source.fetch({ after, backward, limit });

  const edges = rows.map((node, i) => new KeysetEdge(node, scope, keys[i]!));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      // Forward from a cursor there is at least that row before; backward from one, at least that row after.
      hasNextPage: backward ? cursor != null : hasMore,
      hasPreviousPage: backward ? hasMore : cursor != null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: () => (count ??= source.count()),
  };
}

/** An item and its position; the cursor is encoded only when asked for (most queries read `nodes`). */
class KeysetEdge<T> {
  constructor(
    readonly node: T,
    private readonly scope: string,
    private readonly key: readonly KeyValue[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.scope, this.key);
  }
}
