import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { PAGE_SIZE } from '../config.js';
import type { Context } from './context.js';

/** The schema builder. It defines no types: each module under `modules/` adds its own. */
export const builder = new SchemaBuilder<{
  Context: Context;
  /** `Date`: ISO "YYYY-MM-DD" (modules/area/as-of.scalar.ts); `DateTime`: ISO 8601 with a time zone (date-time.scalar.ts). */
  Scalars: { Date: { Input: string; Output: string }; DateTime: { Input: string; Output: string | Date } };
  // Counted only when asked for: a count can cost more than the page.
  Connection: { totalCount: () => Promise<number> };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Fields are non-null unless they say otherwise; root query fields say so, so one failing field
  // (NOT_FOUND, BAD_USER_INPUT) does not null the whole response.
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodesOnConnection: { description: 'The items of this page, without cursors (the same as `edges { node }`).' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` (or `before`) to page from here. Valid only for the same list, filter and order.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to fetch them.' },
    hasNextPageFieldOptions: { description: 'True when items follow this page: the list was cut here (fetch more with `after: endCursor`).' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page (fetch them with `last` and `before: startCursor`).' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of the page; null when the page is empty.' },
    firstArgOptions: {
      description: `Page forward: at most this many items from the start, or after \`after\` (default ${PAGE_SIZE.default}, at most ${PAGE_SIZE.max}). Not with \`last\`.`,
    },
    afterArgOptions: { description: 'A cursor from this list (same filter and order): the page starts after it. A cursor of another query is refused.' },
    lastArgOptions: { description: `Page backward: at most this many items up to the end, or up to \`before\` (at most ${PAGE_SIZE.max}). Not with \`first\`.` },
    beforeArgOptions: { description: 'A cursor from this list (same filter and order): the page ends before it. Use with `last`.' },
    pageInfoTypeOptions: { description: 'Paging state of a list (Relay connection). Every list of this API pages the same way.' },
    defaultConnectionTypeOptions: {
      description: `One page of a list: its items (\`edges\` with cursors, or \`nodes\`), \`pageInfo\` to fetch the next or previous page, and \`totalCount\`. Every paged list has this shape and the same rules: \`first\` (default ${PAGE_SIZE.default}) with \`after\`, or \`last\` with \`before\`, at most ${PAGE_SIZE.max} a page.`,
    },
    defaultEdgeTypeOptions: { description: 'One item of a page with its cursor.' },
    nodeTypeOptions: { description: 'An object with a global id: fetch it again with `node(id:)`.' },
    idFieldOptions: { description: 'Global id, stable across releases: pass it to `node(id:)` or `nodes(ids:)`. Opaque: do not parse it.' },
    nodeQueryOptions: {
      description: 'Any object by its global id (`id` of an Area, Indicator, Observation or Source); a malformed id is BAD_USER_INPUT.',
      args: { id: { description: 'A global id, as returned in an `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Objects by global id, in the order asked (one per id passed, so not paged); a malformed id is BAD_USER_INPUT.',
      args: { ids: { description: 'Global ids, as returned in `id` fields.' } },
    },
  },
});
