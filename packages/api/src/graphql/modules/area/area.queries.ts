import { PAGE_SIZE } from '../../../config.js';
import { type AreaListQuery, areaSortKeys, countAreas, pageAreas } from '../../../repositories/area.repository.js';
import { builder } from '../../builder.js';
import { AreaLevelEnum, GeographyEnum } from '../../enums.js';
import { badInput } from '../../errors.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import './area-link.type.js';
import { requireAreas } from './area-ref.js';
import { AS_OF_DESCRIPTION, DateScalar, today } from './as-of.scalar.js';
import { AreaNode } from './area.type.js';

export { requireAreas } from './area-ref.js';

builder.queryFields((t) => ({
  areas: t.connection({
    nullable: true,
    type: AreaNode,
    description: [
      `Administrative units, ${PAGE_SIZE.default} per page by default (at most ${PAGE_SIZE.max}): \`totalCount\` says how many match, \`pageInfo.hasNextPage\` whether the list goes on.`,
      '- `search` looks names up across time: old and new units, Vietnamese and English names, with or without diacritics, tone-mark placement or unit type ("Tỉnh", "TP.", "Thành phố"), and well-known aliases ("TP.HCM", "HCMC", "Sài Gòn", "Thừa Thiên Huế"). "hoa binh" finds the pre-2025 province Hòa Bình, whose `successors` name today\'s Phú Thọ. Order: exact name, then prefix, then any match; provinces before districts before communes; units in force today first.',
      '- `asOf` restricts the list to the units in force on that date.',
      '- Without `search`, `asOf`, `geography` or `parent`, the list is the units in force today; pass `geography: pre2025` or an earlier `asOf` for the old ones.',
      '- Without `level`, `search` or `parent`, the list is of provinces: `areas` is the 34 provinces in force today, `areas(geography: pre2025)` the 63 old ones. Pass `level` for districts or communes.',
      '- With `parent`, the children of that unit (a plain parent code means the pre-2025 unit when one exists).',
    ].join('\n'),
    args: {
      level: t.arg({ type: AreaLevelEnum, description: 'Only units of this level.' }),
      parent: t.arg.string({ description: 'Code (or "<geography>:<code>") of the parent unit: its children.' }),
      search: t.arg.string({ description: 'A name to look up (at most 200 characters), across time and languages: see above.' }),
      geography: t.arg({ type: GeographyEnum, description: 'Only units of this geography.' }),
      asOf: t.arg({ type: DateScalar, description: AS_OF_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.search != null && args.search.length > 200) throw badInput('search is longer than 200 characters', { argument: 'search' });
      const parent = args.parent ? (await requireAreas(ctx.db, [args.parent], 'parent', { asOf: args.asOf }))[0] : undefined;
      const listing = args.search == null && !args.geography && !parent;
      const query: AreaListQuery = {
        level: args.level ?? (args.search == null && !parent ? 'PROVINCE' : null),
        parentId: parent?.id ?? null,
        geography: args.geography ?? parent?.geography ?? null,
        search: args.search,
        asOf: args.asOf ?? (listing ? today() : null),
        preferInForceOn: today(),
      };
      return keysetConnection(args, {
        list: 'areas',
        query,
        keys: areaSortKeys(query),
        fetch: (page) => pageAreas(ctx.db, query, page),
        count: () => countAreas(ctx.db, query),
      });
    },
  }),
  area: t.field({
    nullable: true,
    type: AreaNode,
    description: [
      'One unit by GSO code or "<geography>:<code>".',
      '- With `asOf`: the unit with that code in force on that date (NOT_FOUND when none was).',
      '- Without: the unit with that code; when the code names two units (codes were reused in 2025, e.g. "01" is pre2025:01 and post2025:01), AMBIGUOUS_AREA listing both refs.',
      'NOT_FOUND when unknown.',
    ].join('\n'),
    args: {
      code: t.arg.string({ required: true, description: 'GSO code ("17", "00151") or "<geography>:<code>" ("pre2025:17").' }),
      asOf: t.arg({ type: DateScalar, description: AS_OF_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => (await requireAreas(ctx.db, [args.code], 'code', { asOf: args.asOf, rule: 'UNIQUE' }))[0]!,
  }),
}));
