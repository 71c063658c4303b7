import { PAGE_SIZE } from '../../config.js';
import type { ServerCall } from './server-call.js';

/** A page of a connection, as the API answers it. */
export interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The selection of a connection's `pageInfo` that `allPages` reads. */
export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** Every item of a connection, page after page (`fetch` asks for the page after a cursor). */
export async function allPages<N>(fetch: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const items: N[] = [];
  for (let after: string | null = null; ; ) {
    const page: Page<N> = await fetch(after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return items;
    after = page.pageInfo.endCursor;
  }
}

/** Every item of the root list `list` (a connection without filters), in the largest pages the API allows. */
export function allNodes<T>(call: ServerCall, list: string, selection: string): Promise<T[]> {
  return allPages(
    async (after) =>
      (await call<Record<string, Page<T>>>(`query($after: String) { ${list}(first: ${PAGE_SIZE.max}, after: $after) { nodes { ${selection} } ${PAGE_INFO} } }`, { after }))[list]!,
  );
}
