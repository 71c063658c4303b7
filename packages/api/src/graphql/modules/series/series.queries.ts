import { RELEASE_ARG_DESCRIPTION } from '../release/release-arg.js';
import { requireRelease } from '../release/require-release.js';
import type { AreaRow, Dimensions, IndicatorDefinition, ObservationRow } from '@egov-vn/schema';
import { listObservations } from '../../../repositories/observation.repository.js';
import { builder } from '../../builder.js';
import { DimensionsInput, ObservationDimensionsType, seriesDimensions } from '../../dimensions.js';
import { ObservationStatusEnum } from '../../enums.js';
import { requireAreas } from '../area/area.queries.js';
import { AreaNode } from '../area/area.type.js';
import { requireIndicator } from '../indicator/indicator.queries.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { ObservationNode } from '../observation/observation.type.js';

interface Segment {
  methodology: string | null;
  observations: ObservationRow[];
}

interface Series {
  indicator: IndicatorDefinition;
  area: AreaRow;
  dimensions: Dimensions;
  observations: ObservationRow[];
}

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
    methodology: t.exposeString('methodology', { nullable: true }),
    observations: t.field({ type: [ObservationNode], resolve: (s) => s.observations }),
  }),
});

const SeriesType = builder.objectRef<Series>('Series').implement({
  description: 'The figures of one indicator, slice and area, by period (undated figures last).',
  fields: (t) => ({
    indicator: t.field({ type: IndicatorNode, resolve: (s) => s.indicator.code }),
    area: t.field({ type: AreaNode, resolve: (s) => s.area }),
    dimensions: t.field({ type: ObservationDimensionsType, resolve: (s) => s.dimensions }),
    observations: t.field({ type: [ObservationNode], resolve: (s) => s.observations }),
    segments: t.field({ type: [SegmentType], resolve: (s) => segmentsOf(s.observations) }),
    periodsWithAlternatives: t.field({
      type: ['Int'],
      description:
        'Periods with more than one current figure (several sources): each such observation says in `selection` which one rankings use, by which rule, and whether the values conflict.',
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
      indicator: t.arg.string({ required: true }),
      area: t.arg.string({ required: true }),
      dimensions: t.arg({ type: DimensionsInput }),
      status: t.arg({ type: ObservationStatusEnum, defaultValue: 'ACTUAL' }),
      release: t.arg.string({ description: RELEASE_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const indicator = requireIndicator(args.indicator);
      const dimensions = seriesDimensions(indicator, args.dimensions);
      const [area] = await requireAreas(ctx.db, [args.area], 'area');
      const observations = await listObservations(
        ctx.db,
        {
          indicatorCodes: [indicator.code],
          areaIds: [area!.id],
          exactDimensions: dimensions,
          status: args.status ?? 'ACTUAL',
          reviewStatuses: ['APPROVED'],
          publishedAt: args.release ? (await requireRelease(ctx, args.release, 'release')).moment : undefined,
        },
        { field: 'PERIOD', direction: 'ASC' },
      );
      return { indicator, area: area!, dimensions, observations };
    },
  }),
}));
