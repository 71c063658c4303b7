import type { ObservationRow } from '@egov-vn/schema';
import { PAGE_SIZE } from '../../../config.js';
import {
  AREA_OBSERVATION_SORT_KEYS,
  countObservations,
  countObservationsByArea,
  type ObservationColumn,
  type ObservationOrder,
  type ObservationQuery,
  observationSortKeys,
  pageObservations,
  pageObservationsByArea,
} from '../../../repositories/observation.repository.js';
import type { KeysetResult } from '../../../repositories/keyset.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { type KeysetConnection, keysetConnection, type PageArgs } from '../../paging/keyset-connection.js';
import { AreaNode } from '../area/area.type.js';
import { SourceNode } from '../source/source.type.js';
import { ObservationFilterInput, ObservationOrderInput } from './observation-filter.input.js';
import { ObservationNode } from './observation.type.js';
import { observationColumns } from './observation-columns.js';
import './derived-total.type.js';
import { attachTerritory } from './historical-attribution.type.js';
import { resolveObservationFilter, resolveObservationRequest } from './resolve-filter.js';
import type { Territory } from './territory.js';

/** A page of observations matching `query`, by keyset: approvals between two pages never shift them. */
export async function observationConnection(
  ctx: Context,
  query: ObservationQuery,
  args: PageArgs & { orderBy?: { field: string; direction?: string | null } | null },
  territory: Territory | null = null,
  columns?: readonly ObservationColumn[],
): Promise<KeysetConnection<ObservationRow>> {
  const order: ObservationOrder = {
    field: (args.orderBy?.field ?? 'INDICATOR') as ObservationOrder['field'],
    direction: args.orderBy?.direction === 'DESC' ? 'DESC' : 'ASC',
  };
  return keysetConnection(args, {
    list: 'observations',
    query: { query, order },
    keys: observationSortKeys(order),
    fetch: async (page) => {
      const result = await pageObservations(ctx.db, query, order, page, columns);
      if (territory) attachTerritory(result.rows, territory);
      return result;
    },
    count: () => countObservations(ctx.db, query),
  });
}

builder.queryFields((t) => ({
  observations: t.connection({
    nullable: true,
    type: ObservationNode,
    description: `Figures matching the filter (approved only unless reviewStatus says otherwise). Pages of ${PAGE_SIZE.default} by default, at most ${PAGE_SIZE.max}. With \`geographyMode: HISTORICAL\`, the figures of a unit's territory across the 2025 reorganisation, each labelled with the unit it was reported for (\`area\`, \`via\`).`,
    args: {
      filter: t.arg({ type: ObservationFilterInput, description: 'Conditions that all must hold; every approved figure when left out.' }),
      orderBy: t.arg({ type: ObservationOrderInput, description: 'Sort order; default by indicator, then area, then period.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const { query, territory } = await resolveObservationRequest(ctx, args.filter);
      return observationConnection(ctx, query, args, territory, observationColumns(info));
    },
  }),
}));

builder.objectField(SourceNode, 'observations', (t) =>
  t.connection({
    type: ObservationNode,
    description: 'Approved figures read from this document.',
    resolve: (source, args, ctx, info) =>
      observationConnection(ctx, { reviewStatuses: ['APPROVED'], sourceIds: [source.id] }, args, null, observationColumns(info)),
  }),
);

builder.objectField(AreaNode, 'observations', (t) =>
  t.connection({
    type: ObservationNode,
    description: `Approved figures reported for this unit itself (not its descendants), by indicator then period (undated last). Pages of ${PAGE_SIZE.default} by default, at most ${PAGE_SIZE.max}: \`pageInfo.hasNextPage\` says the unit has more (fetch them with \`after: endCursor\`). A list of units gets each one's page in one statement.`,
    args: {
      indicators: t.arg.stringList({ description: 'Only these indicator codes (at most 50); NOT_FOUND for a code not in the vocabulary.' }),
      periodFrom: t.arg.int({ description: 'From this year, inclusive; excludes figures without a period.' }),
      periodTo: t.arg.int({ description: 'Up to this year, inclusive; excludes figures without a period.' }),
    },
    resolve: async (area, args, ctx, info) => {
      const filter = await resolveObservationFilter(ctx, {
        indicators: args.indicators,
        periodFrom: args.periodFrom,
        periodTo: args.periodTo,
      });
      const columns = observationColumns(info);
      const signature = JSON.stringify(filter);
      return keysetConnection(args, {
        list: 'area.observations',
        query: { ...filter, areaIds: [area.id] },
        keys: AREA_OBSERVATION_SORT_KEYS,
        fetch: (page) =>
          ctx
            .batch<number, KeysetResult<ObservationRow>>(`area.observations ${signature} ${JSON.stringify(page)} ${columns ?? '*'}`, (ids) =>
              pageObservationsByArea(ctx.db, ids, filter, page, columns),
            )
            .load(area.id),
        count: () =>
          ctx.batch<number, number>(`area.observations.count ${signature}`, (ids) => countObservationsByArea(ctx.db, ids, filter)).load(area.id),
      });
    },
  }),
);
