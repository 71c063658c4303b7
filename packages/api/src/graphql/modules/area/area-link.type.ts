import { isInForce, type LineageKind } from '@egov-vn/schema';
import type { AreaLink } from '../../../repositories/lineage.repository.js';
import { builder } from '../../builder.js';
import { AS_OF_DESCRIPTION, DateScalar, today } from './as-of.scalar.js';
import { AreaNode } from './area.type.js';

export const LineageKindEnum = builder.enumType('LineageKind', {
  description: 'How much of the old unit went into the new one.',
  values: {
    FULL: { value: 'full' as LineageKind, description: 'The whole old unit went into the new one.' },
    PARTIAL: { value: 'partial' as LineageKind, description: 'The old unit was split; part of it went into the new one.' },
  },
});

export const AreaLinkType = builder.objectRef<AreaLink>('AreaLink').implement({
  description: 'A link of the 1 July 2025 reorganisation, seen from one of its ends: the unit at the other end and how much of the old unit the link carries.',
  fields: (t) => ({
    area: t.field({ type: AreaNode, description: 'The unit at the other end of the link.', resolve: (l) => l.area }),
    kind: t.field({ type: LineageKindEnum, description: 'FULL: the whole old unit; PARTIAL: part of a split unit.', resolve: (l) => l.kind }),
    effectiveOn: t.field({ type: DateScalar, description: 'The day the link took effect (2025-07-01 for the reorganisation).', resolve: (l) => l.effectiveOn }),
  }),
});

builder.objectFields(AreaNode, (t) => ({
  predecessors: t.field({
    type: [AreaNode],
    description:
      'The units this one was formed from (post-2025 units), by code. With how much of each: `predecessorLinks`. Empty for pre-2025 units. At most 14 in the 2025 reorganisation, so not paged.',
    resolve: async (a, _args, ctx) => (await ctx.loaders.predecessorLinksByAreaId.load(a.id)).map((l) => l.area),
  }),
  predecessorLinks: t.field({
    type: [AreaLinkType],
    description: 'The predecessors with the kind of each link: FULL (the whole old unit came in) or PARTIAL (part of a split unit). At most 14, so not paged.',
    resolve: (a, _args, ctx) => ctx.loaders.predecessorLinksByAreaId.load(a.id),
  }),
  successors: t.field({
    type: [AreaNode],
    description: [
      'The units this one went into on 1 July 2025, by code. With how much of it: `successorLinks`. Empty for units in force. At most 5 (a split commune), so not paged.',
      'Provinces and communes link to provinces and communes; the 5 island districts without communes link to the special zones (đặc khu) that replaced them; other districts were abolished and have no successor of their own (see the successors of their province and communes).',
    ].join('\n'),
    resolve: async (a, _args, ctx) => (await ctx.loaders.successorLinksByAreaId.load(a.id)).map((l) => l.area),
  }),
  successorLinks: t.field({
    type: [AreaLinkType],
    description: 'The successors with the kind of each link: FULL (the whole unit went there) or PARTIAL (the unit was split). At most 5, so not paged.',
    resolve: (a, _args, ctx) => ctx.loaders.successorLinksByAreaId.load(a.id),
  }),
  inForce: t.boolean({
    description: 'Whether the unit is in force on `asOf` (default: today).',
    args: { asOf: t.arg({ type: DateScalar, description: AS_OF_DESCRIPTION }) },
    resolve: (a, args) => isInForce({ validFrom: a.valid_from, validTo: a.valid_to }, args.asOf ?? today()),
  }),
  aliases: t.stringList({
    description: 'Well-known other names `areas(search:)` also finds this unit by, e.g. "TP.HCM", "Sài Gòn". A handful per unit, so not paged.',
    resolve: (a, _args, ctx) => ctx.loaders.aliasesByAreaId.load(a.id),
  }),
}));
