import { loadInChunks } from '../../load-in-chunks.js';
import { type AreaRow, DIMENSION_VALUES, type DimensionCode, type IndicatorRow } from '@egov-vn/schema';
import { findGeographicCoverage, type GeographicCoverage, type GeographyCoverage } from '../../../repositories/coverage.repository.js';
import { findIndicatorsByCodes } from '../../../repositories/indicator.repository.js';
import { builder } from '../../builder.js';
import { GeographyEnum, IndicatorCategoryEnum, LangEnum } from '../../enums.js';
import { AreaNode } from '../area/area.type.js';

const DimensionType = builder.objectRef<DimensionCode>('Dimension').implement({
  description: 'A dimension an indicator is split by, with its allowed values.',
  fields: (t) => ({
    code: t.string({ description: 'The dimension: govLevel, serviceLevel, serviceMode, settlement or component (the fields of DimensionsInput).', resolve: (code) => code }),
    values: t.stringList({ description: 'Its allowed values, e.g. PROVINCE, DISTRICT, COMMUNE, ALL: a fixed list (at most 27), so not paged.', resolve: (code) => [...DIMENSION_VALUES[code]] }),
  }),
});

const GeographyCoverageType = builder.objectRef<GeographyCoverage>('GeographyCoverage').implement({
  description: 'Coverage within one geography.',
  fields: (t) => ({
    geography: t.field({ type: GeographyEnum, description: 'The geography counted here.', resolve: (c) => c.geography }),
    observationCount: t.exposeInt('observationCount', { description: 'Approved current figures reported for units of this geography.' }),
    areaCount: t.exposeInt('areaCount', { description: 'Units of this geography with at least one such figure.' }),
    years: t.intList({ description: 'Years with at least one such figure, ascending: one per year, so not paged.', resolve: (c) => c.years }),
    undatedCount: t.exposeInt('undatedCount', { description: 'Of those figures, the ones whose source states no period.' }),
  }),
});

const CoverageType = builder.objectRef<GeographicCoverage>('Coverage').implement({
  description:
    'Which areas and years have approved figures, and in which geography: figures are counted for the units they were reported for, pre-2025 or post-2025 (e.g. DTI 2024 is on the 34-province basis), never mapped across the 2025 reorganisation.',
  fields: (t) => ({
    geographies: t.field({
      type: [GeographyEnum],
      description: 'The geographies the figures are reported in (pre2025 first): at most 2, so not paged.',
      resolve: (c) => c.geographies,
    }),
    byGeography: t.field({
      type: [GeographyCoverageType],
      description: 'The same counts for each geography: at most 2 entries, pre2025 first, so not paged.',
      resolve: (c) => c.byGeography,
    }),
    observationCount: t.exposeInt('observationCount', { description: 'Approved current figures of the indicator.' }),
    areaCount: t.exposeInt('areaCount', { description: 'Units with at least one approved figure (`areas`).' }),
    years: t.intList({ description: 'Years with at least one approved figure, ascending; undated figures are not a year. One per year, so not paged.', resolve: (c) => c.years }),
    undatedCount: t.int({
      description: 'Figures whose source states no period.',
      resolve: (c) => c.undatedCount,
    }),
    areas: t.field({
      type: [AreaNode],
      description: 'The units with at least one approved figure (`areaCount` of them; bounded by the units of both geographies, not paged).',
      resolve: async (c, _args, ctx) =>
        (await ctx.loaders.areaById.loadMany(c.areaIds)).filter((a): a is AreaRow => a !== undefined && !(a instanceof Error)),
    }),
  }),
});

export const IndicatorNode = builder.loadableNode('Indicator', {
  description: 'An indicator of the vocabulary (spec/indicators.md). Codes are the public contract.',
  id: { resolve: (i: IndicatorRow) => i.code },
  load: (codes: string[], ctx) => loadInChunks((chunk: string[]) => findIndicatorsByCodes(ctx.db, chunk))(codes),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. "dti_score": pass it as `indicator`. Never renamed or reused.' }),
    name: t.string({
      description: 'Short name in the language asked for.',
      args: { lang: t.arg({ type: LangEnum, defaultValue: 'VI', description: 'VI (the default) or EN.' }) },
      resolve: (i, { lang }) => (lang === 'EN' ? i.name_en : i.name_vi),
    }),
    nameVi: t.exposeString('name_vi', { description: 'Vietnamese name, as sources phrase it.' }),
    nameEn: t.exposeString('name_en', { description: 'English name.' }),
    definition: t.exposeString('definition', { description: 'What exactly is measured, in English (spec/indicators.md).' }),
    unit: t.exposeString('unit', { description: 'percent, count, level (1-4), index (0-1) or rank.' }),
    category: t.field({ type: IndicatorCategoryEnum, description: 'The group it belongs to.', resolve: (i) => i.category }),
    dimensions: t.field({
      type: [DimensionType],
      description: 'The dimensions figures of this indicator are split by (at most 5); empty when it has none. A query for a split indicator names a slice, or gets the default one. So few it is not paged.',
      resolve: (i) => i.dimensions,
    }),
    higherIsBetter: t.exposeBoolean('higher_is_better', { description: 'False for ranks, where 1 is best.' }),
    coverage: t.loadable({
      type: CoverageType,
      description: 'Which areas and years have approved figures for it.',
      load: (codes: string[], ctx) => findGeographicCoverage(ctx.db, codes),
      resolve: (i) => i.code,
    }),
  }),
});
