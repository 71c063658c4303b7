import { findIndicator } from '@egov-vn/schema';
import { CHANGE_SORT_KEYS, type ChangeQuery, countChanges, pageChanges } from '../../../repositories/change.repository.js';
import { builder } from '../../builder.js';
import { badInput, notFound } from '../../errors.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { MAX_LIST } from '../observation/observation-filter.input.js';
import { ChangeNode } from './change.type.js';

/** The indicator arguments of the change feed, checked. */
export function changeQuery(indicator: string | null | undefined, indicators: readonly string[] | null | undefined): ChangeQuery {
  const codes = [...(indicator ? [indicator] : []), ...(indicators ?? [])];
  if (codes.length > MAX_LIST) throw badInput(`at most ${MAX_LIST} indicators`, { argument: 'indicators' });
  const unknown = codes.filter((c) => !findIndicator(c));
  if (unknown.length > 0) throw notFound(`Unknown indicator code ${unknown.map((c) => `"${c}"`).join(', ')}`, { argument: 'indicator', value: unknown });
  return { indicatorCodes: codes.length > 0 ? [...new Set(codes)].sort() : undefined };
}

builder.queryFields((t) => ({
  changes: t.connection({
    nullable: true,
    type: ChangeNode,
    description: [
      'Every approval, correction and withdrawal of published figures, oldest first, with the version before and after: sync incrementally by keeping `pageInfo.endCursor` and passing it as `since` next time.',
      'Replaying the feed from the start rebuilds the published data. Pages are keyset pages: changes made while you page are added at the end, never shift a page. A cursor is bound to its filter.',
    ].join(' '),
    args: {
      since: t.arg.string({ description: 'A cursor from an earlier page (`endCursor`): the changes after it. The same as `after`.' }),
      indicator: t.arg.string({ description: 'Only changes of figures of this indicator code; NOT_FOUND when not in the vocabulary.' }),
      indicators: t.arg.stringList({ description: `Any of these codes (at most ${MAX_LIST}).` }),
    },
    resolve: (_root, args, ctx) => {
      if (args.since != null && args.after != null) throw badInput('Pass since or after, not both (they mean the same)', { argument: 'since' });
      const query = changeQuery(args.indicator, args.indicators);
      return keysetConnection(
        { ...args, after: args.since ?? args.after },
        {
          list: 'changes',
          query,
          keys: CHANGE_SORT_KEYS,
          fetch: (page) => pageChanges(ctx.db, query, page),
          count: () => countChanges(ctx.db, query),
        },
      );
    },
  }),
}));
