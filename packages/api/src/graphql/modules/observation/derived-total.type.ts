import { findIndicator } from '@egov-vn/schema';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import {
  ADDITIVE_INDICATORS,
  type DerivedTotal,
  type DerivedTotalQuery,
  findDerivedTotals,
} from '../../../repositories/derived-total.repository.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { ObservationDimensionsType } from '../../dimensions.js';
import { QualifierEnum } from '../../enums.js';
import { badInput, notFound } from '../../errors.js';
import { AreaNode } from '../area/area.type.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { MAX_LIST } from './observation-filter.input.js';
import { ObservationNode } from './observation.type.js';

/** One loader per request and argument set, so a list of units costs the same statements as one. */
const loaders = createContextCache(() => new Map<string, DataLoader<number, DerivedTotal[]>>());

function derivedTotalsLoader(ctx: Context, q: DerivedTotalQuery): DataLoader<number, DerivedTotal[]> {
  const byArgs = loaders(ctx);
  const key = JSON.stringify(q);
  let loader = byArgs.get(key);
  if (!loader) {
    loader = new DataLoader((ids: readonly number[]) => findDerivedTotals(ctx.db, ids, q));
    byArgs.set(key, loader);
  }
  return loader;
}

const DerivedTotalType = builder.objectRef<DerivedTotal>('DerivedTotal').implement({
  description: [
    'A total computed by this API from the figures of a unit\'s predecessors: no source published it. Offered only when it is a plain sum of like figures:',
    'the indicator is a count (never a percentage, rank, level or index); the unit was formed from whole units (every predecessor link FULL);',
    'every predecessor has an approved, actual, exact figure reported for itself for the same slice and the same stated period, and its figures for it agree.',
  ].join(' '),
  fields: (t) => ({
    area: t.field({ type: AreaNode, description: 'The merged unit the total is for.', resolve: async (d, _args, ctx) => (await ctx.loaders.areaById.load(d.areaId))! }),
    indicator: t.field({ type: IndicatorNode, description: 'The indicator summed (always a count).', resolve: (d) => d.indicatorCode }),
    indicatorCode: t.string({ description: 'Its code, e.g. "online_services_count".', resolve: (d) => d.indicatorCode }),
    dimensions: t.field({ type: ObservationDimensionsType, description: 'The slice summed, the same for every input.', resolve: (d) => d.dimensions }),
    period: t.int({ description: 'The year every input states.', resolve: (d) => d.period }),
    value: t.float({ description: 'The sum as a number (`valueText` is exact).', resolve: (d) => Number(d.value) }),
    valueText: t.string({ description: 'The exact decimal sum.', resolve: (d) => d.value }),
    unit: t.string({ description: 'Always "count".', resolve: (d) => d.unit }),
    qualifier: t.field({ type: QualifierEnum, description: 'Always EXACT: only exact figures are added.', resolve: () => 'EXACT' as const }),
    derived: t.boolean({ description: 'Always true: computed here, not published.', resolve: () => true }),
    method: t.string({
      description: 'How the value was computed, in words.',
      resolve: (d) => `Sum of the ${d.inputs.length} figure${d.inputs.length > 1 ? 's' : ''} of the predecessor${d.inputs.length > 1 ? 's' : ''} for ${d.period}.`,
    }),
    inputs: t.field({
      type: [ObservationNode],
      description: 'The figures added: one per predecessor (at most 14), each with its own source, so not paged.',
      resolve: (d) => d.inputs,
    }),
  }),
});

builder.objectField(AreaNode, 'derivedTotals', (t) =>
  t.field({
    type: [DerivedTotalType],
    description: `Totals of count indicators for a unit formed by merging whole units (e.g. today's Thái Nguyên = Bắc Kạn + Thái Nguyên), summed from its predecessors' figures under the conditions of DerivedTotal. Empty when no total can be derived honestly. One per indicator, period and slice that has one (tens at most), so not paged. Additive indicators: ${ADDITIVE_INDICATORS.join(', ')}.`,
    args: {
      indicators: t.arg.stringList({ description: `Only these indicators (at most ${MAX_LIST}).` }),
      period: t.arg.int({ description: 'Only this year.' }),
    },
    resolve: (area, args, ctx) => {
      if (args.indicators && args.indicators.length > MAX_LIST) throw badInput(`at most ${MAX_LIST} indicators`);
      const unknown = (args.indicators ?? []).filter((c) => !findIndicator(c));
      if (unknown.length > 0) {
        throw notFound(`Unknown indicator code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`, {
          argument: 'indicators',
          value: unknown,
        });
      }
      if (args.period != null && (args.period < 1900 || args.period > 2100)) {
        throw badInput('period must be a year between 1900 and 2100', { argument: 'period', value: args.period });
      }
      return derivedTotalsLoader(ctx, { indicatorCodes: args.indicators ?? undefined, period: args.period ?? undefined }).load(area.id);
    },
  }),
);
