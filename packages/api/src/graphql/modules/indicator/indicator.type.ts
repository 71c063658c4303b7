import { type AreaRow, DIMENSION_VALUES, type DimensionCode, type IndicatorRow } from '@egov-vn/schema';
import { findCoverage, findIndicatorsByCodes, type IndicatorCoverage } from '../../../repositories/indicator.repository.js';
import { builder } from '../../builder.js';
import { IndicatorCategoryEnum, LangEnum } from '../../enums.js';
import { AreaNode } from '../area/area.type.js';

const DimensionType = builder.objectRef<DimensionCode>('Dimension').implement({
  description: 'A dimension an indicator is split by, with its allowed values.',
  fields: (t) => ({
    code: t.string({ resolve: (code) => code }),
    values: t.stringList({ resolve: (code) => [...DIMENSION_VALUES[code]] }),
  }),
});

const CoverageType = builder.objectRef<IndicatorCoverage>('Coverage').implement({
  description: 'Which areas and years have approved figures.',
  fields: (t) => ({
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
      load: (codes: string[], ctx) => findCoverage(ctx.db, codes),
      resolve: (i) => i.code,
    }),
  }),
});
