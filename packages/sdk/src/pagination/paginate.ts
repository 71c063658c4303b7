import { EgovPaginationError } from '../errors/pagination-error.js';

/** The largest page the API serves. */
export const MAX_PAGE_SIZE = 500;

/** One page of a connection. */
export interface Page<T> {
  items: T[];
  /** Items matching the filter across all pages. */
  totalCount: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Fetches the page after `after` (`null`: the first page), of at most `first` items. */
export type PageFetcher<T> = (after: string | null, first: number) => Promise<Page<T>>;

/**
 * Walks a cursor connection page by page, until the last page or `maxItems`.
 * Throws `EgovPaginationError` when the server reports a next page but its
 * cursor does not advance (missing, repeated, or on an empty page), instead
 * of looping for ever.
 */
export async function* paginate<T>(fetchPage: PageFetcher<T>, pageSize: number, maxItems = Number.POSITIVE_INFINITY): AsyncGenerator<Page<T>, void, undefined> {
  const seen = new Set<string>();
  let after: string | null = null;
  let fetched = 0;
  while (fetched < maxItems) {
    const page: Page<T> = await fetchPage(after, Math.min(pageSize, maxItems - fetched));
    fetched += page.items.length;
    yield page;
    if (!page.hasNextPage) return;
    const next = page.endCursor;
    if (next === null || seen.has(next) || next === after || page.items.length === 0) throw new EgovPaginationError(next);
    seen.add(next);
    after = next;
  }
}
