import { RELEASE_ARG_DESCRIPTION } from '../release/release-arg.js';
import { requireRelease } from '../release/require-release.js';
import type { AreaRow, Dimensions, Geography, IndicatorDefinition } from '@egov-vn/schema';
import { rankAreas, type RankedObservation, type RankingResult } from '../../../repositories/ranking.repository.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { type DimensionsArg, DimensionsInput, ObservationDimensionsType, seriesDimensions } from '../../dimensions.js';
import { AreaLevelEnum, GeographyEnum } from '../../enums.js';
import { apiError, badInput } from '../../errors.js';
import { AreaNode } from '../area/area.type.js';
import { requireIndicator } from '../indicator/indicator.queries.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { ObservationNode } from '../observation/observation.type.js';

const RankingEntryType = builder.objectRef<RankedObservation>('RankingEntry').implement({
  fields: (t) => ({
    rank: t.int({ description: 'Ties share a rank: 1, 2, 2, 4.', resolve: (e) => e.rank }),
    value: t.float({ resolve: (e) => Number(e.observation.value) }),
    area: t.field({ type: AreaNode, resolve: async (e, _args, ctx) => (await ctx.loaders.areaById.load(e.observation.area_id))! }),
    observation: t.field({ type: ObservationNode, resolve: (e) => e.observation }),
  }),
});

interface RankingTable extends RankingResult {
  indicator: IndicatorDefinition;
  period: number;
  level: string;
  dimensions: Dimensions;
}

const RankingTableType = builder.objectRef<RankingTable>('RankingTable').implement({
  description: 'A ranking with its context: one period, one series, one geography and one methodology.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorNode, resolve: (r) => r.indicator.code }),
    period: t.exposeInt('period'),
    level: t.field({ type: AreaLevelEnum, resolve: (r) => r.level as AreaRow['level'] }),
    geography: t.field({
      type: GeographyEnum,
      nullable: true,
      description: 'The geography ranked: pre2025 (63 provinces) or post2025 (34). One ranking never mixes the two. Null when nothing was ranked and none was asked for.',
      resolve: (r) => r.geography,
    }),
    dimensions: t.field({ type: ObservationDimensionsType, resolve: (r) => r.dimensions }),
    methodology: t.string({ nullable: true, resolve: (r) => r.methodologies[0] ?? null }),
    edition: t.string({ nullable: true, resolve: (r) => r.entries[0]?.observation.edition ?? null }),
    entries: t.field({ type: [RankingEntryType], resolve: (r) => r.entries }),
    unranked: t.field({
      type: [AreaNode],
      description: 'Units of that level and geography with no figure: listed, never ranked.',
      resolve: (r) => r.unranked,
    }),
  }),
});

const rankingArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  indicator: t.arg.string({ required: true }),
  period: t.arg.int({ required: true }),
  level: t.arg({ type: AreaLevelEnum, defaultValue: 'PROVINCE' }),
  dimensions: t.arg({ type: DimensionsInput }),
  geography: t.arg({
    type: GeographyEnum,
    description: 'The geography to rank; needed only when one period has figures in both (INCOMPARABLE_VALUES otherwise).',
  }),
  methodology: t.arg.string({ description: 'Needed only when one period mixes methodologies.' }),
  release: t.arg.string({ description: RELEASE_ARG_DESCRIPTION }),
});

interface RankingArgs {
  indicator: string;
  period: number;
  level?: AreaRow['level'] | null;
  dimensions?: DimensionsArg | null;
  geography?: Geography | null;
  methodology?: string | null;
  release?: string | null;
}

async function rankingTable(ctx: Context, args: RankingArgs): Promise<RankingTable> {
  const indicator = requireIndicator(args.indicator);
  if (args.period < 1900 || args.period > 2100) throw badInput('period must be a year between 1900 and 2100', { argument: 'period' });
  const dimensions = seriesDimensions(indicator, args.dimensions);
  const level = args.level ?? 'PROVINCE';
  const result = await rankAreas(ctx.db, {
    indicatorCode: indicator.code,
    period: args.period,
    level,
    dimensions,
    higherIsBetter: indicator.higherIsBetter,
    geography: args.geography ?? undefined,
    methodology: args.methodology ?? undefined,
    publishedAt: args.release ? (await requireRelease(ctx, args.release, 'release')).moment : undefined,
  });
  if (result.methodologies.length > 1) {
    throw apiError('INCOMPARABLE_VALUES', `${indicator.code} ${args.period} mixes methodologies; pass one as \`methodology\``, {
      methodologies: result.methodologies,
    });
  }
  if (!args.geography) {
    // Figures for pre- and post-2025 units describe different territories: never one ranking.
    const areas = await ctx.loaders.areaById.loadMany([...new Set(result.entries.map((e) => e.observation.area_id))]);
    const geographies = [...new Set(areas.map((a) => (a && !(a instanceof Error) ? a.geography : null)))];
    if (geographies.length > 1) {
      throw apiError('INCOMPARABLE_VALUES', `${indicator.code} ${args.period} has figures for both geographies; pass one as \`geography\``, {
        geographies,
      });
    }
  }
  return { ...result, indicator, period: args.period, level, dimensions };
}

builder.queryFields((t) => ({
  ranking: t.field({
    nullable: true,
    type: [RankingEntryType],
    description: 'Units ordered by value (best first; for ranks, 1 first) in one period. Units without a value are in rankingTable.unranked.',
    args: rankingArgs(t),
    resolve: async (_root, args, ctx) => (await rankingTable(ctx, args)).entries,
  }),
  rankingTable: t.field({
    nullable: true,
    type: RankingTableType,
    args: rankingArgs(t),
    resolve: (_root, args, ctx) => rankingTable(ctx, args),
  }),
}));

