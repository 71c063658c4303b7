import { listAreas } from '../../../repositories/area.repository.js';
import { builder } from '../../builder.js';
import { AreaLevelEnum, GeographyEnum } from '../../enums.js';
import { badInput } from '../../errors.js';
import './area-link.type.js';
import { requireAreas } from './area-ref.js';
import { AS_OF_DESCRIPTION, DateScalar, today } from './as-of.scalar.js';
import { AreaNode } from './area.type.js';

export { requireAreas } from './area-ref.js';

export const MAX_AREAS = 1000;

builder.queryFields((t) => ({
  areas: t.field({
    nullable: true,
    type: [AreaNode],
    description: [
      'Administrative units.',
      '- `search` looks names up across time: old and new units, Vietnamese and English names, with or without diacritics, tone-mark placement or unit type ("Tỉnh", "TP.", "Thành phố"), and well-known aliases ("TP.HCM", "HCMC", "Sài Gòn", "Thừa Thiên Huế"). "hoa binh" finds the pre-2025 province Hòa Bình, whose `successors` name today\'s Phú Thọ. Order: exact name, then prefix, then any match; provinces before districts before communes; units in force today first.',
      '- `asOf` restricts the list to the units in force on that date.',
      '- Without `search`, `asOf`, `geography` or `parent`, the list is the units in force today (34 provinces since 1 July 2025); pass `geography: pre2025` or an earlier `asOf` for the old ones.',
      '- With `parent`, the children of that unit (a plain parent code means the pre-2025 unit when one exists).',
    ].join('\n'),
    args: {
      level: t.arg({ type: AreaLevelEnum }),
      parent: t.arg.string({ description: 'Code (or "<geography>:<code>") of the parent unit.' }),
      search: t.arg.string(),
      geography: t.arg({ type: GeographyEnum }),
      asOf: t.arg({ type: DateScalar, description: AS_OF_DESCRIPTION }),
      first: t.arg.int({ defaultValue: 100, description: `At most ${MAX_AREAS}.` }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 100;
      const offset = args.offset ?? 0;
      if (first < 0 || first > MAX_AREAS) throw badInput(`first must be between 0 and ${MAX_AREAS}`, { argument: 'first' });
      if (offset < 0) throw badInput('offset must not be negative', { argument: 'offset' });
      if (args.search != null && args.search.length > 200) throw badInput('search is longer than 200 characters');
      const parent = args.parent ? (await requireAreas(ctx.db, [args.parent], 'parent', { asOf: args.asOf }))[0] : undefined;
      const listing = args.search == null && !args.geography && !parent;
      return listAreas(ctx.db, {
        level: args.level,
        parentId: parent?.id ?? null,
        geography: args.geography ?? parent?.geography ?? null,
        search: args.search,
        asOf: args.asOf ?? (listing ? today() : null),
        preferInForceOn: today(),
        limit: first,
        offset,
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
      code: t.arg.string({ required: true }),
      asOf: t.arg({ type: DateScalar, description: AS_OF_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => (await requireAreas(ctx.db, [args.code], 'code', { asOf: args.asOf, rule: 'UNIQUE' }))[0]!,
  }),
}));
