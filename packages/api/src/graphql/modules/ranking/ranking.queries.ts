import { RELEASE_ARG_DESCRIPTION } from '../release/release-arg.js';
import { requireRelease } from '../release/require-release.js';
import type { AreaRow, Dimensions, Geography, IndicatorDefinition } from '@egov-vn/schema';
import { RANKING_MIN_COVERAGE } from '../../../config.js';
import { findRankablePeriods, rankAreas, type RankedObservation, type RankingResult } from '../../../repositories/ranking.repository.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { type DimensionsArg, DimensionsInput, ObservationDimensionsType, seriesDimensions } from '../../dimensions.js';
import { AreaLevelEnum, GeographyEnum } from '../../enums.js';
import { apiError, badInput } from '../../errors.js';
import { AreaNode } from '../area/area.type.js';
import { requireIndicator } from '../indicator/indicator.queries.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { ObservationNode } from '../observation/observation.type.js';

const RANKING_KINDS = ['PUBLISHED', 'COMPUTED'] as const;
type RankingKind = (typeof RANKING_KINDS)[number];

const RankingKindEnum = builder.enumType('RankingKind', {
  description: 'Where the ranks of a ranking come from.',
  values: {
    PUBLISHED: { description: 'Ranks as the publisher of the index published them (a `*_rank` indicator): edition, ties and field size as published.' },
    COMPUTED: { description: 'An ordering the API computed from the values it has; it is not a published ranking and covers only the units with a value.' },
  },
});

const RankingEntryType = builder.objectRef<RankedObservation>('RankingEntry').implement({
  description: 'One ranked unit with the figure it was ranked by.',
  fields: (t) => ({
    rank: t.int({
      description: 'PUBLISHED: the published rank. COMPUTED: the position among the units with a value (ties share a rank: 1, 2, 2, 4).',
      resolve: (e) => e.rank,
    }),
    tied: t.boolean({ description: 'Another unit of this ranking has the same rank.', resolve: (e) => e.tied }),
    value: t.float({ description: 'The figure ranked (for a PUBLISHED ranking, the rank itself).', resolve: (e) => Number(e.observation.value) }),
    area: t.field({
      type: AreaNode,
      description: 'The unit ranked.',
      resolve: async (e, _args, ctx) => (await ctx.loaders.areaById.load(e.observation.area_id))!,
    }),
    observation: t.field({ type: ObservationNode, description: 'The figure ranked, with its source.', resolve: (e) => e.observation }),
  }),
});

interface RankingTable extends RankingResult {
  indicator: IndicatorDefinition;
  kind: RankingKind;
  period: number;
  level: string;
  dimensions: Dimensions;
}

const RankingCoverageType = builder.objectRef<RankingTable>('RankingCoverage').implement({
  description: 'How many of the units of the level and geography have a figure in this ranking.',
  fields: (t) => ({
    ranked: t.int({ description: 'Units with a figure (the entries).', resolve: (r) => r.entries.length }),
    total: t.int({ description: 'Units of that level and geography (63 provinces before 1 July 2025, 34 since).', resolve: (r) => r.fieldSize }),
    ratio: t.float({ description: 'ranked / total, 0 to 1.', resolve: (r) => (r.fieldSize === 0 ? 0 : r.entries.length / r.fieldSize) }),
    threshold: t.float({
      description: 'Least ratio at which a COMPUTED ordering is served without `allowPartial: true` (not applied to PUBLISHED ranks).',
      resolve: () => RANKING_MIN_COVERAGE,
    }),
  }),
});

const RankingTableType = builder.objectRef<RankingTable>('RankingTable').implement({
  description:
    'A ranking with its context: one period, one series, one geography, one edition and one methodology. `kind` says whether the ranks were published or computed here.',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorNode, description: 'The indicator ranked by.', resolve: (r) => r.indicator.code }),
    kind: t.field({ type: RankingKindEnum, description: 'PUBLISHED ranks or a COMPUTED ordering.', resolve: (r) => r.kind }),
    period: t.int({ description: 'The year ranked (for an index: the assessment year of the edition).', resolve: (r) => r.period }),
    level: t.field({ type: AreaLevelEnum, description: 'The level of the units ranked.', resolve: (r) => r.level as AreaRow['level'] }),
    geography: t.field({
      type: GeographyEnum,
      nullable: true,
      description: 'The geography ranked: pre2025 (63 provinces) or post2025 (34). One ranking never mixes the two. Null when nothing was ranked and none was asked for.',
      resolve: (r) => r.geography,
    }),
    dimensions: t.field({ type: ObservationDimensionsType, description: 'The series ranked.', resolve: (r) => r.dimensions }),
    methodology: t.string({ nullable: true, description: 'The methodology of every figure ranked.', resolve: (r) => r.methodologies[0] ?? null }),
    edition: t.string({ nullable: true, description: 'The edition of every figure ranked, e.g. "DTI 2022".', resolve: (r) => r.editions[0] ?? null }),
    fieldSize: t.int({
      description: 'The number of units a rank is out of: "25 of 63". For a PUBLISHED ranking, the units assessed in that geography.',
      resolve: (r) => r.fieldSize,
    }),
    coverage: t.field({ type: RankingCoverageType, description: 'How many units of the field have a figure here.', resolve: (r) => r },),
    entries: t.field({
      type: [RankingEntryType],
      description: 'The ranked units, first rank first: at most one per unit of the field (`fieldSize`, e.g. 63 provinces), so not paged.',
      resolve: (r) => r.entries,
    }),
    unranked: t.field({
      type: [AreaNode],
      description: 'Units of that level and geography with no figure: listed, never ranked. At most `fieldSize`, so not paged; empty when every unit has one.',
      resolve: (r) => r.unranked,
    }),
  }),
});

const rankingArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  indicator: t.arg.string({ required: true, description: 'Indicator code, e.g. "dti_rank" (published ranks) or "dti_score" (values, ordered here).' }),
  period: t.arg.int({ required: true, description: 'The year, e.g. 2022 (for an index: the assessment year of the edition).' }),
  level: t.arg({ type: AreaLevelEnum, defaultValue: 'PROVINCE', description: 'The level of the units ranked.' }),
  dimensions: t.arg({ type: DimensionsInput, description: "The series; defaults to the indicator's headline series (OVERALL for an index)." }),
  geography: t.arg({
    type: GeographyEnum,
    description: 'The geography to rank; needed only when one period has figures in both (INCOMPARABLE_VALUES otherwise).',
  }),
  methodology: t.arg.string({ description: 'Needed only when one period mixes methodologies (INCOMPARABLE_VALUES otherwise).' }),
  edition: t.arg.string({ description: 'Needed only when one period mixes editions (INCOMPARABLE_VALUES otherwise).' }),
  allowPartial: t.arg.boolean({
    defaultValue: false,
    description:
      'Serve a COMPUTED ordering even when fewer units than `coverage.threshold` have a value (INSUFFICIENT_COVERAGE otherwise). Published ranks are always served.',
  }),
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
  edition?: string | null;
  allowPartial?: boolean | null;
}

async function rankingTable(ctx: Context, args: RankingArgs): Promise<RankingTable> {
  const indicator = requireIndicator(args.indicator);
  if (args.period < 1900 || args.period > 2100) throw badInput('period must be a year between 1900 and 2100', { argument: 'period' });
  const dimensions = seriesDimensions(indicator, args.dimensions);
  const level = args.level ?? 'PROVINCE';
  const kind: RankingKind = indicator.unit === 'rank' ? 'PUBLISHED' : 'COMPUTED';
  const publishedAt = args.release ? (await requireRelease(ctx, args.release, 'release')).moment : undefined;
  const result = await rankAreas(ctx.db, {
    indicatorCode: indicator.code,
    period: args.period,
    level,
    dimensions,
    published: kind === 'PUBLISHED',
    higherIsBetter: indicator.higherIsBetter,
    geography: args.geography ?? undefined,
    methodology: args.methodology ?? undefined,
    edition: args.edition ?? undefined,
    publishedAt,
  });
  // The entries' areas are (mostly) the field's units, read already: no second statement for them.
  for (const area of result.field) ctx.loaders.areaById.prime(area.id, area);
  const what = `${indicator.code} ${args.period}`;
  // Figures for pre- and post-2025 units describe different territories: never one ranking.
  if (result.geographies.length > 1) {
    throw apiError('INCOMPARABLE_VALUES', `${what} has figures for both geographies; pass one as \`geography\``, { geographies: result.geographies });
  }
  if (result.editions.length > 1) {
    throw apiError('INCOMPARABLE_VALUES', `${what} mixes editions; pass one as \`edition\``, { editions: result.editions });
  }
  if (result.methodologies.length > 1) {
    throw apiError('INCOMPARABLE_VALUES', `${what} mixes methodologies; pass one as \`methodology\``, { methodologies: result.methodologies });
  }
  const ratio = result.fieldSize === 0 ? 0 : result.entries.length / result.fieldSize;
  if (kind === 'COMPUTED' && result.entries.length > 0 && ratio < RANKING_MIN_COVERAGE && !args.allowPartial) {
    throw apiError(
      'INSUFFICIENT_COVERAGE',
      `${what}: only ${result.entries.length} of ${result.fieldSize} units have a value, so an ordering would not be their rank; pass \`allowPartial: true\` to get it anyway, labelled COMPUTED`,
      {
        ranked: result.entries.length,
        total: result.fieldSize,
        threshold: RANKING_MIN_COVERAGE,
        missing: result.unranked.map((a) => `${a.geography}:${a.code}`),
        publishedRanking: indicator.code.endsWith('_score') ? indicator.code.replace(/_score$/, '_rank') : undefined,
      },
    );
  }
  if (result.entries.length === 0) {
    const periods = await findRankablePeriods(ctx.db, { indicatorCode: indicator.code, level, dimensions, publishedAt });
    throw apiError('NOT_FOUND', `${what}: no figures${periods.length > 0 ? `; periods with figures: ${periods.join(', ')}` : ''}`, {
      argument: 'period',
      periodsWithData: periods,
    });
  }
  return { ...result, indicator, kind, period: args.period, level, dimensions };
}

builder.queryFields((t) => ({
  ranking: t.field({
    nullable: true,
    type: [RankingEntryType],
    description:
      'Units ranked in one period: published ranks as published (a `*_rank` indicator), or an ordering computed from values (refused below the coverage threshold unless `allowPartial`). rankingTable says which, with the edition, field size, coverage and the units without a figure. A period without figures is NOT_FOUND naming the periods with some. At most one entry per unit of the level and geography (63 or 34 provinces), so not paged.',
    args: rankingArgs(t),
    resolve: async (_root, args, ctx) => (await rankingTable(ctx, args)).entries,
  }),
  rankingTable: t.field({
    nullable: true,
    type: RankingTableType,
    description: 'A ranking with its context (kind, edition, methodology, geography, field size, coverage, units without a figure). Same arguments and errors as `ranking`.',
    args: rankingArgs(t),
    resolve: (_root, args, ctx) => rankingTable(ctx, args),
  }),
}));
