import { countSources, findSourcesByHashes, pageSources, SOURCE_SORT_KEYS } from '../../../repositories/source.repository.js';
import { builder } from '../../builder.js';
import { notFound } from '../../errors.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { sourceHashOf } from '../observation/resolve-filter.js';
import { SourceNode } from './source.type.js';

builder.queryFields((t) => ({
  source: t.field({
    nullable: true,
    type: SourceNode,
    description: 'A source document by global id or content hash (at least 12 hex digits); NOT_FOUND when unknown.',
    args: { id: t.arg.id({ required: true, description: 'The source\'s `id`, its `contentHash`, or at least the first 12 hex digits of it.' }) },
    resolve: async (_root, args, ctx) => {
      const [source] = await findSourcesByHashes(ctx.db, [sourceHashOf(String(args.id))]);
      if (!source) throw notFound(`Unknown source "${args.id}"`, { argument: 'id' });
      return source;
    },
  }),
  sources: t.connection({
    nullable: true,
    type: SourceNode,
    description: 'Every source document, in the order they were stored.',
    resolve: (_root, args, ctx) =>
      keysetConnection(args, {
        list: 'sources',
        query: {},
        keys: SOURCE_SORT_KEYS,
        fetch: (page) => pageSources(ctx.db, page),
        count: () => countSources(ctx.db),
      }),
  }),
}));
