import type { AreaRow } from '@egov-vn/schema';
import { findAreasByRefs, listAreas } from '../../../repositories/area.repository.js';
import type { Db } from '../../../repositories/db.types.js';
import { builder } from '../../builder.js';
import { AreaLevelEnum, GeographyEnum } from '../../enums.js';
import { badInput, notFound } from '../../errors.js';
import { AreaNode } from './area.type.js';

export const MAX_AREAS = 1000;

/** Resolves area references or throws `NOT_FOUND` naming the unknown ones. */
export async function requireAreas(db: Db, refs: readonly string[], argument: string): Promise<AreaRow[]> {
  const found = await findAreasByRefs(db, refs);
  const missing = refs.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) {
    throw notFound(`Unknown area code${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`, {
      argument,
      value: missing,
    });
  }
  return found as AreaRow[];
}

builder.queryFields((t) => ({
  areas: t.field({
    type: [AreaNode],
    description:
      'Administrative units. `search` ignores diacritics, tone-mark placement and unit prefixes ("Tỉnh", "TP.", "Thành phố"): "hoa binh" finds "Hòa Bình".',
    args: {
      level: t.arg({ type: AreaLevelEnum }),
      parent: t.arg.string({ description: 'Code (or "<geography>:<code>") of the parent unit.' }),
      search: t.arg.string(),
      geography: t.arg({ type: GeographyEnum }),
      first: t.arg.int({ defaultValue: 100, description: `At most ${MAX_AREAS}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 100;
      const offset = args.offset ?? 0;
      if (first < 0 || first > MAX_AREAS) throw badInput(`first must be between 0 and ${MAX_AREAS}`, { argument: 'first' });
      if (offset < 0) throw badInput('offset must not be negative', { argument: 'offset' });
      if (args.search != null && args.search.length > 200) throw badInput('search is longer than 200 characters');
      const parent = args.parent ? (await requireAreas(ctx.db, [args.parent], 'parent'))[0] : undefined;
      return listAreas(ctx.db, {
        level: args.level,
        parentId: parent?.id ?? null,
        geography: args.geography ?? parent?.geography ?? null,
        search: args.search,
        limit: first,
        offset,
      });
    },
  }),
  area: t.field({
    type: AreaNode,
    description: 'One unit by GSO code or "<geography>:<code>"; NOT_FOUND when unknown.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await requireAreas(ctx.db, [args.code], 'code'))[0]!,
  }),
}));
