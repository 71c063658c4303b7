import { RELEASE_ARG_DESCRIPTION } from '../release/release-arg.js';
import { requireRelease } from '../release/require-release.js';
import type { AreaRow, Dimensions, IndicatorDefinition, ObservationRow } from '@egov-vn/schema';
import { listObservations } from '../../../repositories/observation.repository.js';
import { builder } from '../../builder.js';
import { DimensionsInput, missingDimensions, ObservationDimensionsType, seriesDimensions } from '../../dimensions.js';
import { badInput } from '../../errors.js';
import { ObservationStatusEnum } from '../../enums.js';
import { requireAreas } from '../area/area.queries.js';
import { AreaNode } from '../area/area.type.js';
import { requireIndicator } from '../indicator/indicator.queries.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { ObservationNode } from '../observation/observation.type.js';
import { emptySeriesReason, missingDimensionsReason, type SeriesSlice, slicesOf } from './series-slices.js';

interface Segment {
  methodology: string | null;
  observations: ObservationRow[];
}

interface Series {
  indicator: IndicatorDefinition;
  area: AreaRow;
  dimensions: Dimensions;
  /** Dimensions not given by the caller, filled with their default. */
  defaulted: string[];
  status: string;
  observations: ObservationRow[];
  /** Every slice with figures for this unit: read only when asked (one more statement). */
  slices: () => Promise<SeriesSlice[]>;
}

const SeriesSliceType = builder.objectRef<SeriesSlice>('SeriesSlice').implement({
  description: 'One slice (dimension values) of the indicator that has figures for the unit of the series.',
  fields: (t) => ({
    dimensions: t.field({ type: ObservationDimensionsType, description: 'The values to pass as `series(dimensions:)` to get these figures.', resolve: (s) => s.dimensions }),
    observationCount: t.exposeInt('observationCount', { description: 'How many approved figures of this status the slice has for the unit (every source counted).' }),
    periods: t.field({ type: ['Int'], description: 'The periods (years) with a figure, ascending; figures without a stated period are counted in `undatedCount`. One per year, so not paged.', resolve: (s) => s.periods }),
    undatedCount: t.exposeInt('undated', { description: 'Figures of the slice whose source states no period.' }),
  }),
});

/** Consecutive runs of one methodology: a new segment starts at every methodology break. */
function segmentsOf(observations: readonly ObservationRow[]): Segment[] {
  const segments: Segment[] = [];
  for (const o of observations) {
    const last = segments.at(-1);
    if (last && last.methodology === o.methodology) last.observations.push(o);
    else segments.push({ methodology: o.methodology, observations: [o] });
  }
  return segments;
}

const SegmentType = builder.objectRef<Segment>('SeriesSegment').implement({
  description: 'A run of figures computed with one methodology. Values in different segments are not comparable.',
  fields: (t) => ({
    methodology: t.exposeString('methodology', { nullable: true, description: 'The methodology of every figure of the segment; null when the sources do not name one.' }),
    observations: t.field({ type: [ObservationNode], description: 'The figures of the segment, by period: a part of `Series.observations`, so not paged.', resolve: (s) => s.observations }),
  }),
});

const SeriesType = builder.objectRef<Series>('Series').implement({
  description: 'The figures of one indicator, slice and area, by period (undated figures last).',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorNode, description: 'The indicator of the series.', resolve: (s) => s.indicator.code }),
    area: t.field({ type: AreaNode, description: 'The unit asked for (figures reported for this unit itself, in its own geography).', resolve: (s) => s.area }),
    dimensions: t.field({
      type: ObservationDimensionsType,
      description: 'The slice of the series, defaults filled in (e.g. govLevel ALL, component OVERALL).',
      resolve: (s) => s.dimensions,
    }),
    observations: t.field({
      type: [ObservationNode],
      description:
        'Every approved figure of the slice, by period, undated last; several per period when several sources give one (see `periodsWithAlternatives`). Bounded by the years and sources of one indicator for one unit (tens), so not paged. Empty when the unit has no figure for this slice.',
      resolve: (s) => s.observations,
    }),
    defaultedDimensions: t.field({
      type: ['String'],
      description:
        'The dimensions of `dimensions` you did not give, filled with their default (govLevel ALL, settlement ALL, component OVERALL); empty when you gave them all. Say so when you print the series. At most 5 (the dimensions), so not paged.',
      resolve: (s) => s.defaulted,
    }),
    slicesWithData: t.field({
      type: [SeriesSliceType],
      description:
        'Every slice of this indicator that has approved figures (of the same status, in the same release) for this unit, whichever was asked for. When `observations` is empty but this is not, the figures are split by a dimension (e.g. officials_with_computer_pct by government level): ask again with one of these `dimensions`. One more database statement, only when asked for. One per slice of one indicator for one unit (tens at most), so not paged.',
      resolve: (s) => s.slices(),
    }),
    emptyReason: t.string({
      nullable: true,
      description:
        'Null when `observations` has figures; otherwise why it is empty, naming the slice asked for (and which values were defaults) and the slices that do have figures, e.g. "… Figures exist for: govLevel PROVINCE (2012); …".',
      resolve: async (s) =>
        s.observations.length > 0
          ? null
          : emptySeriesReason({
              indicatorCode: s.indicator.code,
              areaName: `${s.area.full_name_vi} (${s.area.geography}:${s.area.code})`,
              dimensions: s.dimensions,
              defaulted: s.defaulted,
              status: s.status,
              observationCount: s.observations.length,
              slices: await s.slices(),
            }),
    }),
    segments: t.field({
      type: [SegmentType],
      description: 'The same figures cut at every methodology break: compare values only within a segment. One per break (a few), so not paged.',
      resolve: (s) => segmentsOf(s.observations) }),
    periodsWithAlternatives: t.field({
      type: ['Int'],
      description:
        'Periods with more than one current figure (several sources): each such observation says in `selection` which one rankings use, by which rule, and whether the values conflict. At most one per period of the series, so not paged.',
      resolve: (s) => {
        const counts = new Map<number, number>();
        for (const o of s.observations) if (o.period !== null && o.superseded_at === null) counts.set(o.period, (counts.get(o.period) ?? 0) + 1);
        return [...counts].filter(([, n]) => n > 1).map(([p]) => p).sort((a, b) => a - b);
      },
    }),
    comparable: t.boolean({
      description: 'False when the series crosses a methodology break.',
      resolve: (s) => new Set(s.observations.map((o) => o.methodology)).size <= 1,
    }),
  }),
});

builder.queryFields((t) => ({
  series: t.field({
    nullable: true,
    type: SeriesType,
    description: 'Time series of one indicator for one area. Dimensions default to govLevel ALL and component OVERALL.',
    args: {
      indicator: t.arg.string({ required: true, description: 'Indicator code, e.g. "internet_subscribers"; NOT_FOUND when not in the vocabulary.' }),
      area: t.arg.string({
        required: true,
        description: 'GSO code or "<geography>:<code>"; a plain code that names a pre-2025 and a post-2025 unit means the pre-2025 one. NOT_FOUND when unknown.',
      }),
      dimensions: t.arg({
        type: DimensionsInput,
        description:
          'The slice: govLevel ALL, settlement ALL and component OVERALL by default; serviceMode and serviceLevel must be given for indicators split by them: without them BAD_USER_INPUT, whose message and `extensions.slicesWithData` name the values that have figures for the unit.',
      }),
      status: t.arg({ type: ObservationStatusEnum, defaultValue: 'ACTUAL', description: 'ACTUAL (default) or TARGET figures.' }),
      release: t.arg.string({ description: RELEASE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const indicator = requireIndicator(args.indicator);
      const [area] = await requireAreas(ctx.db, [args.area], 'area');
      const status = args.status ?? 'ACTUAL';
      const query = {
        indicatorCodes: [indicator.code],
        areaIds: [area!.id],
        status,
        reviewStatuses: ['APPROVED'] as const,
        publishedAt: args.release ? (await requireRelease(ctx, args.release, 'release')).moment : undefined,
      };
      const missing = missingDimensions(indicator, args.dimensions);
      if (missing.length > 0) {
        // No value of a service mode or level stands for all of them: name those with figures instead of a bare refusal.
        const slices = slicesOf(await listObservations(ctx.db, query, { field: 'PERIOD', direction: 'ASC' }));
        const areaName = `${area!.full_name_vi} (${area!.geography}:${area!.code})`;
        throw badInput(missingDimensionsReason({ indicatorCode: indicator.code, areaName, missing, status, slices }), {
          argument: 'dimensions',
          missing,
          slicesWithData: slices.map((x) => ({ dimensions: x.dimensions, observationCount: x.observationCount, periods: x.periods, undatedCount: x.undated })),
        });
      }
      const dimensions = seriesDimensions(indicator, args.dimensions);
      const observations = await listObservations(ctx.db, { ...query, exactDimensions: dimensions }, { field: 'PERIOD', direction: 'ASC' });
      const given = args.dimensions ?? {};
      const defaulted = Object.keys(dimensions).filter((k) => given[k as keyof typeof given] == null);
      let slices: Promise<SeriesSlice[]> | undefined;
      const allSlices = () => (slices ??= listObservations(ctx.db, query, { field: 'PERIOD', direction: 'ASC' }).then(slicesOf));
      return { indicator, area: area!, dimensions, defaulted, status, observations, slices: allSlices };
    },
  }),
}));
