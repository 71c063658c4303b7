import { builder } from '../../builder.js';
import { DimensionsInput } from '../../dimensions.js';
import {
  AreaLevelEnum,
  GeographyEnum,
  ObservationStatusEnum,
  QualifierEnum,
  ReviewStatusEnum,
  SortDirectionEnum,
} from '../../enums.js';

export const MAX_LIST = 50;

export const ObservationFilterInput = builder.inputType('ObservationFilter', {
  description: 'All conditions must hold. Area arguments take a GSO code or "<geography>:<code>".',
  fields: (t) => ({
    indicator: t.string(),
    indicators: t.stringList({ description: `Any of these codes (at most ${MAX_LIST}).` }),
    area: t.string(),
    areas: t.stringList({ description: `Any of these areas (at most ${MAX_LIST}).` }),
    within: t.string({ description: 'An area and all its descendants.' }),
    areaLevel: t.field({ type: AreaLevelEnum }),
    geography: t.field({ type: GeographyEnum }),
    period: t.int(),
    periodFrom: t.int({ description: 'Inclusive; excludes figures without a period.' }),
    periodTo: t.int({ description: 'Inclusive; excludes figures without a period.' }),
    undated: t.boolean({ description: 'true: only figures whose source states no period.' }),
    status: t.field({ type: ObservationStatusEnum }),
    qualifiers: t.field({ type: [QualifierEnum] }),
    dimensions: t.field({ type: DimensionsInput, description: 'Figures having these dimension values.' }),
    reviewStatus: t.field({
      type: [ReviewStatusEnum],
      description: 'Defaults to [APPROVED]: candidates and rejected figures only when asked for.',
    }),
    source: t.id({ description: 'Global id or content hash of a source document.' }),
  }),
});

export const ObservationOrderFieldEnum = builder.enumType('ObservationOrderField', {
  values: ['INDICATOR', 'AREA', 'PERIOD', 'VALUE', 'ID'] as const,
});

export const ObservationOrderInput = builder.inputType('ObservationOrder', {
  fields: (t) => ({
    field: t.field({ type: ObservationOrderFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC' }),
  }),
});
