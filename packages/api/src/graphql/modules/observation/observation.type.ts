import type { ObservationRow } from '@egov-vn/schema';
import { findObservationsByVersionKeys } from '../../../repositories/observation.repository.js';
import { formatCitation } from './citation.js';
import { builder } from '../../builder.js';
import { ObservationDimensionsType } from '../../dimensions.js';
import { ObservationStatusEnum, QualifierEnum, ReviewStatusEnum } from '../../enums.js';
import { AreaNode } from '../area/area.type.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { SourceNode } from '../source/source.type.js';

/**
 * One figure with its provenance. Its global id names one version
 * ("<figureKey>.<revision>"), so an id embedded in an article keeps showing
 * the same value even after a correction.
 */
export const ObservationNode = builder.loadableNode('Observation', {
  id: { resolve: (o: ObservationRow) => `${o.natural_key}.${o.revision}` },
  load: (keys: string[], ctx) => findObservationsByVersionKeys(ctx.db, keys),
  fields: (t) => ({
    figureKey: t.exposeString('natural_key', {
      description: 'Stable identity of the figure across corrections; the id names one version of it.',
    }),
    revision: t.exposeInt('revision'),
    indicatorCode: t.exposeString('indicator_code'),
    indicator: t.field({ type: IndicatorNode, resolve: (o) => o.indicator_code }),
    dimensions: t.field({ type: ObservationDimensionsType, resolve: (o) => o.dimensions }),
    area: t.field({ type: AreaNode, resolve: async (o, _args, ctx) => (await ctx.loaders.areaById.load(o.area_id))! }),
    period: t.exposeInt('period', { nullable: true, description: 'The year described; null when the source does not say.' }),
    value: t.float({ resolve: (o) => Number(o.value) }),
    valueText: t.string({ description: 'The exact decimal value, as stored.', resolve: (o) => o.value }),
    unit: t.exposeString('unit'),
    qualifier: t.field({ type: QualifierEnum, resolve: (o) => o.qualifier }),
    status: t.field({ type: ObservationStatusEnum, resolve: (o) => o.status }),
    reviewStatus: t.field({ type: ReviewStatusEnum, resolve: (o) => o.review_status }),
    quote: t.exposeString('quote', { description: 'The exact text the figure was read from.' }),
    quoteStart: t.exposeInt('quote_start', { description: 'Offset of the quote in source.text (UTF-16 code units).' }),
    quoteEnd: t.exposeInt('quote_end'),
    locator: t.exposeString('locator', { nullable: true, description: 'Where in a table the figure was read (edition, table, row), for a figure read from a table: cite it with the source.' }),
    source: t.field({ type: SourceNode, resolve: async (o, _args, ctx) => (await ctx.loaders.sourceById.load(o.source_id))! }),
    citation: t.string({
      description: 'Ready to print: the quote, then title, publisher, date and address of the source.',
      resolve: async (o, _args, ctx) => formatCitation(o, (await ctx.loaders.sourceById.load(o.source_id))!),
    }),
    edition: t.exposeString('edition', { nullable: true }),
    methodology: t.exposeString('methodology', {
      nullable: true,
      description: 'Values computed with different methodologies are not comparable.',
    }),
    note: t.exposeString('note', { nullable: true }),
    isCurrent: t.boolean({ resolve: (o) => o.superseded_at === null }),
    createdAt: t.string({ resolve: (o) => new Date(o.created_at).toISOString() }),
    updatedAt: t.string({ resolve: (o) => new Date(o.updated_at).toISOString() }),
  }),
});


builder.objectField(ObservationNode, 'supersededBy', (t) =>
  t.field({
    type: ObservationNode,
    nullable: true,
    description: 'The correction that replaced this version, if any.',
    resolve: async (o, _args, ctx) => (o.superseded_by === null ? null : await ctx.loaders.observationById.load(o.superseded_by)),
  }),
);
