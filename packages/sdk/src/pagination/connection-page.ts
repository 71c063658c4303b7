import type { RequestOptions } from '../graphql/graphql-request.js';
import { required } from '../resources/required.js';
import { PagedList } from './paged-list.js';
import { MAX_PAGE_SIZE, type Page } from './paginate.js';

/** Options of a listing: the page size and the options of each request. */
export interface ListOptions extends RequestOptions {
  /** Items per request, 1 to 500 (default 100). */
  pageSize?: number | undefined;
}

/** A page of a connection as the API returns it: every list of the API has this shape. */
interface ConnectionResult<N> {
  totalCount?: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: N }[];
}

export function connectionPage<N, T>(connection: ConnectionResult<N>, map: (node: N) => T): Page<T> {
  return {
    items: connection.edges.map((edge) => map(edge.node)),
    totalCount: connection.totalCount ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

/** A `PagedList` over one page query; `count()` asks it for an empty page and reads `totalCount`. */
export function pagedList<T>(
  options: ListOptions,
  fetchPage: (after: string | null, first: number, init: RequestOptions) => Promise<Page<T>>,
): PagedList<T> {
  const { pageSize = 100, ...init } = options;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return new PagedList(
    (after, first) => fetchPage(after, first, init),
    pageSize,
    async () => required((await fetchPage(null, 0, init)).totalCount, 'totalCount'),
  );
}
