import type { ObservationRow } from '@egov-vn/schema';
import { builder } from '../../builder.js';
import { LineageKindEnum } from '../area/area-link.type.js';
import { AreaNode } from '../area/area.type.js';
import { ObservationNode } from './observation.type.js';
import type { Territory, TerritoryPart } from './territory.js';

interface Attribution {
  part: TerritoryPart;
  reportedForId: number;
}

/** The territory a HISTORICAL request looked at, for the observations it returned (request-scoped objects). */
const territories = new WeakMap<ObservationRow, Territory>();

/** Remembers, for each observation of a HISTORICAL page, the territory it was found in. */
export function attachTerritory(rows: readonly ObservationRow[], territory: Territory): void {
  for (const row of rows) territories.set(row, territory);
}

const AttributionType = builder.objectRef<Attribution>('HistoricalAttribution').implement({
  description:
    'How a figure found in HISTORICAL mode relates to the unit asked for. The figure itself is never changed: it describes `reportedFor`, as the source reported it.',
  fields: (t) => ({
    requested: t.field({
      type: AreaNode,
      description: 'The unit asked for, e.g. today\'s Phú Thọ.',
      resolve: (a) => a.part.requested,
    }),
    predecessor: t.field({
      type: AreaNode,
      nullable: true,
      description: 'The predecessor of `requested` the figure comes through, e.g. the pre-2025 province Hòa Bình; null when the figure lies within `requested` itself.',
      resolve: (a) => a.part.link?.area ?? null,
    }),
    kind: t.field({
      type: LineageKindEnum,
      nullable: true,
      description: 'FULL: the whole predecessor went into `requested`; PARTIAL: only part of it, while the figure describes all of it. Null without a predecessor.',
      resolve: (a) => a.part.link?.kind ?? null,
    }),
    reportedFor: t.field({
      type: AreaNode,
      description: 'The unit the figure was reported for (the observation\'s `area`).',
      resolve: async (a, _args, ctx) => (await ctx.loaders.areaById.load(a.reportedForId))!,
    }),
    descendant: t.boolean({
      description: 'True when `reportedFor` is a unit inside the predecessor (or inside `requested`), e.g. a district of the old province.',
      resolve: (a) => a.reportedForId !== a.part.root.id,
    }),
  }),
});

builder.objectField(ObservationNode, 'via', (t) =>
  t.field({
    type: AttributionType,
    nullable: true,
    description: 'In an `observations` query with `geographyMode: HISTORICAL`: how this figure relates to the unit asked for. Null otherwise.',
    resolve: (o) => {
      const part = territories.get(o)?.byAreaId.get(o.area_id);
      return part ? { part, reportedForId: o.area_id } : null;
    },
  }),
);
