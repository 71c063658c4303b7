import type { EgovClient } from '../client/client.types.js';
import type { IndicatorCode } from '../generated/vocabulary.js';
import type { Change } from '../model/change.js';
import type { ListOptions } from '../pagination/connection-page.js';
import { connectionPage, pagedList } from '../pagination/connection-page.js';
import type { PagedList } from '../pagination/paged-list.js';
import { requesterOf } from './client-requester.js';
import { withFragments } from './document-text.js';
import { OBSERVATION_CORE_FIELDS } from './fragments.js';
import { toObservation } from './observation.mapper.js';
import type { AcceptReadonly, ChangesResult, ChangesVariables } from './query-results.types.js';
import { required } from './required.js';

// `totalCount` costs a count of the whole feed: asked for only by `count()`.
export const CHANGES_QUERY = /* @__PURE__ */ withFragments(`query Changes($since: String, $indicator: String, $indicators: [String!], $first: Int, $count: Boolean!) {
changes(since: $since, indicator: $indicator, indicators: $indicators, first: $first) {
totalCount @include(if: $count) pageInfo { hasNextPage endCursor }
edges { cursor node { kind at by reason figureKey indicator: indicatorCode before { ...ObservationCoreFields } after { ...ObservationCoreFields } } }
}
}`, OBSERVATION_CORE_FIELDS);

/** What `changes()` follows. */
export interface ChangesOptions<C extends IndicatorCode = IndicatorCode> extends ListOptions {
  /**
   * A change's `cursor` (or a page's `endCursor`) kept from an earlier run: the
   * feed resumes after it. Without it, the feed from its start.
   */
  since?: string | null | undefined;
  indicator?: C | undefined;
  /** Any of these codes (at most 50). */
  indicators?: readonly C[] | undefined;
}

/**
 * Every approval, correction and withdrawal of published figures, oldest first,
 * with the version before and after, fetched page by page as you iterate.
 * Keep the `cursor` of the last change you applied and pass it as `since` next
 * time: the feed goes on from there (changes made meanwhile come at the end;
 * pages never shift). Replayed from the start, it rebuilds the published data.
 *
 * @example
 * import { changes, createClient } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * let cursor = loadCursor(); // null the first time
 * for await (const change of changes(egov, { since: cursor })) {
 *   if (change.after) upsert(change.figureKey, change.after); // APPROVAL, CORRECTION
 *   else remove(change.figureKey); // WITHDRAWAL
 *   cursor = change.cursor;
 * }
 * saveCursor(cursor);
 */
export function changes<C extends IndicatorCode = IndicatorCode>(
  client: Pick<EgovClient, 'query'>,
  options: ChangesOptions<C> = {},
): PagedList<Change<C>> {
  const { since = null, indicator, indicators, ...list } = options;
  const request = requesterOf(client);
  return pagedList(list, async (after, first, init) => {
    const variables: AcceptReadonly<ChangesVariables> = { since: after ?? since, indicator, indicators, first, count: first === 0 };
    const data = await request<ChangesResult>(CHANGES_QUERY, variables, init);
    const connection = required(data.changes, 'changes');
    return connectionPage({ ...connection, edges: connection.edges.map(({ cursor, node }) => ({ node: { ...node, cursor } })) }, (node) => ({
      ...node,
      // Codes come from the vocabulary the SDK's unions are generated from.
      indicator: node.indicator as C,
      before: node.before ? toObservation<C>(node.before) : null,
      after: node.after ? toObservation<C>(node.after) : null,
    }));
  });
}
