import { DIMENSION_VALUES, type Dimensions, type IndicatorDefinition, SERVICE_LEVELS } from '@egov-vn/schema';
import { builder } from './builder.js';
import { GovLevelEnum, IndexComponentEnum, ServiceModeEnum, SettlementEnum } from './enums.js';
import { badInput } from './errors.js';

/** Dimension values of an observation. A field is null when the indicator has no such dimension. */
export const ObservationDimensionsType = builder.objectRef<Dimensions>('ObservationDimensions').implement({
  description: 'The slice of its indicator a figure is for. A field is null when the indicator is not split by that dimension.',
  fields: (t) => ({
    govLevel: t.field({ type: GovLevelEnum, nullable: true, description: 'Level of government described; null when the indicator has no such split.', resolve: (d) => d.govLevel ?? null }),
    serviceLevel: t.string({
      nullable: true,
      description: 'Online public service level: "1" to "4".',
      resolve: (d) => d.serviceLevel ?? null,
    }),
    serviceMode: t.field({ type: ServiceModeEnum, nullable: true, description: 'FULL or PARTIAL online services; null when the indicator has no such split.', resolve: (d) => d.serviceMode ?? null }),
    settlement: t.field({ type: SettlementEnum, nullable: true, description: 'Urban, rural or all; null when the indicator has no such split.', resolve: (d) => d.settlement ?? null }),
    component: t.field({ type: IndexComponentEnum, nullable: true, description: 'Component of a composite index (OVERALL for the headline); null for other indicators.', resolve: (d) => d.component ?? null }),
  }),
});

export const DimensionsInput = builder.inputType('DimensionsInput', {
  description:
    'A slice of an indicator: one value per dimension it is split by (see `Indicator.dimensions`). A dimension the indicator does not have is refused with BAD_USER_INPUT.',
  fields: (t) => ({
    govLevel: t.field({ type: GovLevelEnum, description: 'Level of government, e.g. COMMUNE; ALL by default where a slice is needed.' }),
    serviceLevel: t.string({ description: 'Online public service level, "1" to "4" (BAD_USER_INPUT otherwise).' }),
    serviceMode: t.field({ type: ServiceModeEnum, description: 'FULL or PARTIAL; required where a slice is needed of an indicator split by it.' }),
    settlement: t.field({ type: SettlementEnum, description: 'URBAN, RURAL or ALL; ALL by default where a slice is needed.' }),
    component: t.field({ type: IndexComponentEnum, description: 'Component of a composite index; OVERALL by default where a slice is needed.' }),
  }),
});

export type DimensionsArg = {
  govLevel?: Dimensions['govLevel'] | null;
  serviceLevel?: string | null;
  serviceMode?: Dimensions['serviceMode'] | null;
  settlement?: Dimensions['settlement'] | null;
  component?: Dimensions['component'] | null;
};

/** Drops nulls and checks `serviceLevel`. */
export function partialDimensions(input: DimensionsArg | null | undefined): Dimensions {
  const dims: Dimensions = {};
  if (!input) return dims;
  if (input.govLevel) dims.govLevel = input.govLevel;
  if (input.component) dims.component = input.component;
  if (input.serviceMode) dims.serviceMode = input.serviceMode;
  if (input.settlement) dims.settlement = input.settlement;
  if (input.serviceLevel != null) {
    if (!(SERVICE_LEVELS as readonly string[]).includes(input.serviceLevel)) {
      throw badInput(`serviceLevel must be one of ${SERVICE_LEVELS.join(', ')}`, { field: 'serviceLevel' });
    }
    dims.serviceLevel = input.serviceLevel as Dimensions['serviceLevel'];
  }
  return dims;
}

/** Dimensions a slice cannot default: no service level or mode stands for "all of them". */
const NO_DEFAULT = ['serviceMode', 'serviceLevel'] as const;

/**
 * The dimensions of `indicator` that have no default and that `input` does not
 * give: a series or ranking needs them. Refuses a dimension the indicator does not have.
 */
export function missingDimensions(indicator: IndicatorDefinition, input: DimensionsArg | null | undefined): string[] {
  const given = partialDimensions(input);
  const extra = Object.keys(given).filter((k) => !(indicator.dimensions as readonly string[]).includes(k));
  if (extra.length > 0) {
    throw badInput(`${indicator.code} has no dimension ${extra.join(', ')}`, { dimensions: indicator.dimensions });
  }
  return indicator.dimensions.filter((code) => (NO_DEFAULT as readonly string[]).includes(code) && given[code] === undefined);
}

/**
 * The full dimension object of one series of `indicator`: every dimension it
 * has, with defaults `govLevel: ALL`, `settlement: ALL` and `component: OVERALL`.
 * A service level or mode has no meaningful default and must be given
 * (`missingDimensions`; `series` names the values that have figures first).
 */
export function seriesDimensions(indicator: IndicatorDefinition, input: DimensionsArg | null | undefined): Dimensions {
  const given = partialDimensions(input);
  const missing = missingDimensions(indicator, input);
  if (missing.length > 0) throw badInput(`${indicator.code} needs ${missing.map((d) => `dimensions.${d} (${DIMENSION_VALUES[d as keyof typeof DIMENSION_VALUES].join(', ')})`).join(' and ')}`, { argument: 'dimensions', missing });
  const dims: Dimensions = {};
  for (const code of indicator.dimensions) {
    if (code === 'govLevel') dims.govLevel = given.govLevel ?? 'ALL';
    if (code === 'component') dims.component = given.component ?? 'OVERALL';
    if (code === 'settlement') dims.settlement = given.settlement ?? 'ALL';
    if (code === 'serviceMode') dims.serviceMode = given.serviceMode;
    if (code === 'serviceLevel') dims.serviceLevel = given.serviceLevel;
  }
  return dims;
}
