import type { ObservationRow } from '@egov-vn/schema';
import { cursorToOffset, resolveOffsetConnection } from '@pothos/plugin-relay';
import {
  countObservations,
  findObservationsByAreaIds,
  listObservations,
  type ObservationQuery,
} from '../../../repositories/observation.repository.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { badInput } from '../../errors.js';
import { AreaNode } from '../area/area.type.js';
import { SourceNode } from '../source/source.type.js';
import { ObservationFilterInput, ObservationOrderInput } from './observation-filter.input.js';
import { ObservationNode } from './observation.type.js';
import './derived-total.type.js';
import { attachTerritory } from './historical-attribution.type.js';
import { resolveObservationFilter, resolveObservationRequest } from './resolve-filter.js';
import type { Territory } from './territory.js';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

function checkPage(args: PageArgs): void {
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    if (n != null && (n < 0 || n > MAX_PAGE)) {
      throw badInput(`${name} must be between 0 and ${MAX_PAGE}`, { argument: name, value: n, max: MAX_PAGE });
    }
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    let offset: number;
    try {
      offset = cursorToOffset(cursor);
    } catch {
      offset = Number.NaN;
    }
    if (!Number.isInteger(offset) || offset < 0) throw badInput(`${name} is not a valid cursor`, { argument: name });
  }
}

/** A page of observations matching `query`, with `totalCount`. */
export async function observationConnection(
  ctx: Context,
  query: ObservationQuery,
  args: PageArgs & { orderBy?: { field: string; direction?: string | null } | null },
  territory: Territory | null = null,
) {
  checkPage(args);
  const totalCount = await countObservations(ctx.db, query);
  const order = args.orderBy
    ? { field: args.orderBy.field as 'ID', direction: (args.orderBy.direction ?? 'ASC') as 'ASC' | 'DESC' }
    : undefined;
  const connection = await resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE, maxSize: MAX_PAGE, totalCount },
    async ({ limit, offset }) => {
      const rows = await listObservations(ctx.db, query, { limit, offset, order });
      if (territory) attachTerritory(rows, territory);
      return rows;
    },
  );
  return { ...connection, totalCount };
}

builder.queryFields((t) => ({
  observations: t.connection({
    nullable: true,
    type: ObservationNode,
    description: `Figures matching the filter (approved only unless reviewStatus says otherwise). Pages of ${DEFAULT_PAGE} by default, at most ${MAX_PAGE}. With \`geographyMode: HISTORICAL\`, the figures of a unit's territory across the 2025 reorganisation, each labelled with the unit it was reported for (\`area\`, \`via\`).`,
    args: {
      filter: t.arg({ type: ObservationFilterInput }),
      orderBy: t.arg({ type: ObservationOrderInput }),
    },
    resolve: async (_root, args, ctx) => {
      const { query, territory } = await resolveObservationRequest(ctx, args.filter);
      return observationConnection(ctx, query, args, territory);
    },
  }),
}));

builder.objectField(SourceNode, 'observations', (t) =>
  t.connection({
    type: ObservationNode,
    description: 'Approved figures read from this document.',
    resolve: (source, args, ctx) =>
      observationConnection(ctx, { reviewStatuses: ['APPROVED'], sourceIds: [source.id] }, args),
  }),
);

builder.objectField(AreaNode, 'observations', (t) =>
  t.loadableGroup({
    type: ObservationNode,
    description: 'Approved figures reported for this unit itself (not its descendants).',
    byPath: true,
    args: {
      indicators: t.arg.stringList(),
      periodFrom: t.arg.int(),
      periodTo: t.arg.int(),
    },
    load: async (ids: number[], ctx, args) => {
      const query = await resolveObservationFilter(ctx, {
        indicators: args.indicators,
        periodFrom: args.periodFrom,
        periodTo: args.periodTo,
      });
      return (await findObservationsByAreaIds(ctx.db, ids, query)).flat();
    },
    group: (o) => (o as ObservationRow).area_id,
    resolve: (area) => area.id,
  }),
);
