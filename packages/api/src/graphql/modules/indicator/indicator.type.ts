import { type AreaRow, DIMENSION_VALUES, type DimensionCode, type IndicatorRow } from '@egov-vn/schema';
import { findGeographicCoverage, type GeographicCoverage, type GeographyCoverage } from '../../../repositories/coverage.repository.js';
import { findIndicatorsByCodes } from '../../../repositories/indicator.repository.js';
import { builder } from '../../builder.js';
import { GeographyEnum, IndicatorCategoryEnum, LangEnum } from '../../enums.js';
import { AreaNode } from '../area/area.type.js';

const DimensionType = builder.objectRef<DimensionCode>('Dimension').implement({
  description: 'A dimension an indicator is split by, with its allowed values.',
  fields: (t) => ({
    code: t.string({ resolve: (code) => code }),
    values: t.stringList({ resolve: (code) => [...DIMENSION_VALUES[code]] }),
  }),
});

const GeographyCoverageType = builder.objectRef<GeographyCoverage>('GeographyCoverage').implement({
  description: 'Coverage within one geography.',
  fields: (t) => ({
    geography: t.field({ type: GeographyEnum, resolve: (c) => c.geography }),
    observationCount: t.exposeInt('observationCount'),
    areaCount: t.exposeInt('areaCount'),
    years: t.intList({ resolve: (c) => c.years }),
    undatedCount: t.exposeInt('undatedCount'),
  }),
});

const CoverageType = builder.objectRef<GeographicCoverage>('Coverage').implement({
  description:
    'Which areas and years have approved figures, and in which geography: figures are counted for the units they were reported for, pre-2025 or post-2025 (e.g. DTI 2024 is on the 34-province basis), never mapped across the 2025 reorganisation.',
  fields: (t) => ({
    geographies: t.field({
      type: [GeographyEnum],
      description: 'The geographies the figures are reported in (pre2025 first).',
      resolve: (c) => c.geographies,
    }),
    byGeography: t.field({ type: [GeographyCoverageType], resolve: (c) => c.byGeography }),
    observationCount: t.exposeInt('observationCount'),
    areaCount: t.exposeInt('areaCount'),
    years: t.intList({ resolve: (c) => c.years }),
    undatedCount: t.int({
      description: 'Figures whose source states no period.',
      resolve: (c) => c.undatedCount,
    }),
    areas: t.field({
      type: [AreaNode],
      resolve: async (c, _args, ctx) =>
        (await ctx.loaders.areaById.loadMany(c.areaIds)).filter((a): a is AreaRow => a !== undefined && !(a instanceof Error)),
    }),
  }),
});

export const IndicatorNode = builder.loadableNode('Indicator', {
  description: 'An indicator of the vocabulary (spec/indicators.md). Codes are the public contract.',
  id: { resolve: (i: IndicatorRow) => i.code },
  load: (codes: string[], ctx) => findIndicatorsByCodes(ctx.db, codes),
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.string({
      args: { lang: t.arg({ type: LangEnum, defaultValue: 'VI' }) },
      resolve: (i, { lang }) => (lang === 'EN' ? i.name_en : i.name_vi),
    }),
    nameVi: t.exposeString('name_vi'),
    nameEn: t.exposeString('name_en'),
    definition: t.exposeString('definition'),
    unit: t.exposeString('unit', { description: 'percent, count, level (1-4), index (0-1) or rank.' }),
    category: t.field({ type: IndicatorCategoryEnum, resolve: (i) => i.category }),
    dimensions: t.field({ type: [DimensionType], resolve: (i) => i.dimensions }),
    higherIsBetter: t.exposeBoolean('higher_is_better', { description: 'False for ranks, where 1 is best.' }),
    coverage: t.loadable({
      type: CoverageType,
      load: (codes: string[], ctx) => findGeographicCoverage(ctx.db, codes),
      resolve: (i) => i.code,
    }),
  }),
});
