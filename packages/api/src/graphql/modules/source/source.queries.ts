import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { countSources, findSourcesByHashes, listSources } from '../../../repositories/source.repository.js';
import { builder } from '../../builder.js';
import { badInput, notFound } from '../../errors.js';
import { sourceHashOf } from '../observation/resolve-filter.js';
import { SourceNode } from './source.type.js';

builder.queryFields((t) => ({
  source: t.field({
    nullable: true,
    type: SourceNode,
    description: 'A source document by global id or content hash (at least 12 hex digits); NOT_FOUND when unknown.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const [source] = await findSourcesByHashes(ctx.db, [sourceHashOf(String(args.id))]);
      if (!source) throw notFound(`Unknown source "${args.id}"`, { argument: 'id' });
      return source;
    },
  }),
  sources: t.connection({
    nullable: true,
    type: SourceNode,
    resolve: async (_root, args, ctx) => {
      if ((args.first ?? 0) > 100 || (args.last ?? 0) > 100) throw badInput('first/last must be at most 100');
      const totalCount = await countSources(ctx.db);
      const connection = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100, totalCount }, ({ limit, offset }) =>
        listSources(ctx.db, limit, offset),
      );
      return { ...connection, totalCount };
    },
  }),
}));
