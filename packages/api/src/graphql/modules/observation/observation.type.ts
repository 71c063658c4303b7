import { loadInChunks } from '../../load-in-chunks.js';
import type { AreaRow, ObservationRow } from '@egov-vn/schema';
import type { SourceSummaryRow } from '../../../repositories/source.repository.js';
import { findObservationsByVersionKeys } from '../../../repositories/observation.repository.js';
import { formatFigureCitation } from '../../../citations/citation.js';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { ObservationDimensionsType } from '../../dimensions.js';
import { LangEnum, ObservationStatusEnum, QualifierEnum, ReviewStatusEnum } from '../../enums.js';
import { AreaNode } from '../area/area.type.js';
import { IndicatorNode } from '../indicator/indicator.type.js';
import { SourceNode } from '../source/source.type.js';

/**
 * One figure with its provenance. Its global id names one version
 * ("<figureKey>.<revision>"), so an id embedded in an article keeps showing
 * the same value even after a correction.
 */
export const ObservationNode = builder.loadableNode('Observation', {
  description:
    'One figure as a source states it, with its provenance (source, quote or table locator), its indicator, area, period and dimensions. Each correction is a new version: `id` names one version (it never changes value), `figureKey` the figure across versions.',
  id: { resolve: (o: ObservationRow) => `${o.natural_key}.${o.revision}` },
  load: (keys: string[], ctx) => loadInChunks((chunk: string[]) => findObservationsByVersionKeys(ctx.db, chunk))(keys),
  fields: (t) => ({
    figureKey: t.exposeString('natural_key', {
      description: 'Stable identity of the figure across corrections; the id names one version of it.',
    }),
    revision: t.exposeInt('revision', { description: 'Version number of the figure, 1 for the first; each correction or withdrawal adds one.' }),
    indicatorCode: t.exposeString('indicator_code', { description: 'Code of the indicator (spec/indicators.md), e.g. "dti_score".' }),
    indicator: t.field({ type: IndicatorNode, description: 'The indicator the figure measures.', resolve: (o) => o.indicator_code }),
    dimensions: t.field({
      type: ObservationDimensionsType,
      description: 'The slice of the indicator the figure is for (government level, component, …); figures of different slices are not comparable.',
      resolve: (o) => o.dimensions,
    }),
    area: t.field({
      type: AreaNode,
      description: 'The unit the source reported the figure for, in its own geography (never mapped across the 2025 reorganisation).',
      // The loader's promise as it is (no async wrapper): one promise less per figure of a long list.
      resolve: (o, _args, ctx) => ctx.loaders.areaById.load(o.area_id) as Promise<AreaRow> }),
    period: t.exposeInt('period', { nullable: true, description: 'The year described; null when the source does not say.' }),
    value: t.float({
      description: 'The value as a number, in `unit` (percent 0-100, count, level 1-4, index 0-1, rank 1 = best). Read it with `qualifier`: APPROX 80 is "about 80". `valueText` is exact.',
      resolve: (o) => Number(o.value),
    }),
    valueText: t.string({ description: 'The exact decimal value, as stored.', resolve: (o) => o.value }),
    unit: t.exposeString('unit', { description: 'Unit of `value`: percent, count, level, index or rank (the indicator\'s unit).' }),
    qualifier: t.field({
      type: QualifierEnum,
      description: 'How the source phrased the value ("gần", "trên"…): print it with the value.',
      resolve: (o) => o.qualifier,
    }),
    status: t.field({ type: ObservationStatusEnum, description: 'ACTUAL (achieved) or TARGET (planned).', resolve: (o) => o.status }),
    reviewStatus: t.field({
      type: ReviewStatusEnum,
      description: 'APPROVED for every public figure; other states appear only with `filter.reviewStatus`.',
      resolve: (o) => o.review_status,
    }),
    quote: t.string({
      nullable: true,
      description:
        'The exact text of the source the figure was read from. Null for a figure read from a transcribed table (source.kind TABLE): the row is our transcription, not text the source contains; cite `locator` instead.',
      resolve: (o) => o.quote,
    }),
    transcribedRow: t.string({
      nullable: true,
      description:
        "For a figure read from a transcribed table: the row as egov-vn transcribed it (CSV, may end with the transcriber's note). Not a quote of the source. Null for a figure read from an article.",
      resolve: (o) => o.transcribed_row,
    }),
    quoteStart: t.exposeInt('quote_start', {
      description: 'Offset of the quote (or, for a table, of the transcribed row) in source.text (UTF-16 code units).',
    }),
    quoteEnd: t.exposeInt('quote_end', { description: 'End offset (exclusive) of the quote or transcribed row in source.text.' }),
    locator: t.exposeString('locator', {
      nullable: true,
      description:
        'For a figure read from a table, where it was read, in Vietnamese: edition, table and row, e.g. "DTI 2022, bảng xếp hạng cấp tỉnh, hạng 25". Null for a figure read from an article.',
    }),
    locatorEn: t.exposeString('locator_en', {
      nullable: true,
      description: 'The same place in English, e.g. "DTI 2022, provincial ranking table, rank 25"; null for an article, or when no English locator is recorded.',
    }),
    source: t.field({
      type: SourceNode,
      description: 'The document the figure was read from.',
      resolve: (o, _args, ctx) => ctx.loaders.sourceById.load(o.source_id) as Promise<SourceSummaryRow>,
    }),
    citation: t.string({
      description:
        'Ready to print under the figure, in Vietnamese (default) or English: from an article, the quote; from a table, the locator (edition, table, row); then the source\'s title (with its English title beside it in English), outlet, date and address. What the data does not record is said ("không rõ nơi đăng" / "outlet unknown").',
      args: { lang: t.arg({ type: LangEnum, defaultValue: 'VI', description: 'VI (default) or EN.' }) },
      resolve: async (o, { lang }, ctx) =>
        formatFigureCitation(o, (await ctx.loaders.sourceById.load(o.source_id))!, lang === 'EN' ? 'en' : 'vi'),
    }),
    edition: t.exposeString('edition', {
      nullable: true,
      description: 'For an index score or rank: the edition, e.g. "DTI 2022"; null for other indicators.',
    }),
    methodology: t.exposeString('methodology', {
      nullable: true,
      description: 'Values computed with different methodologies are not comparable.',
    }),
    note: t.exposeString('note', { nullable: true, description: 'A curator\'s remark on how the figure was read; null when none.' }),
    isCurrent: t.boolean({
      description: 'False when a correction or withdrawal replaced this version (see `supersededBy`).',
      resolve: (o) => o.superseded_at === null,
    }),
    createdAt: t.field({ type: DateTimeScalar, description: 'When this version was stored.', resolve: (o) => new Date(o.created_at) }),
    updatedAt: t.field({
      type: DateTimeScalar,
      description: 'When this version last changed state, e.g. was approved.',
      resolve: (o) => new Date(o.updated_at),
    }),
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
