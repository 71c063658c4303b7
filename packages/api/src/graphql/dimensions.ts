import { type Dimensions, type IndicatorDefinition, SERVICE_LEVELS } from '@egov-vn/schema';
import { builder } from './builder.js';
import { GovLevelEnum, IndexComponentEnum, ServiceModeEnum, SettlementEnum } from './enums.js';
import { badInput } from './errors.js';

/** Dimension values of an observation. A field is null when the indicator has no such dimension. */
export const ObservationDimensionsType = builder.objectRef<Dimensions>('ObservationDimensions').implement({
  fields: (t) => ({
    govLevel: t.field({ type: GovLevelEnum, nullable: true, resolve: (d) => d.govLevel ?? null }),
    serviceLevel: t.string({
      nullable: true,
      description: 'Online public service level: "1" to "4".',
      resolve: (d) => d.serviceLevel ?? null,
    }),
    serviceMode: t.field({ type: ServiceModeEnum, nullable: true, resolve: (d) => d.serviceMode ?? null }),
    settlement: t.field({ type: SettlementEnum, nullable: true, resolve: (d) => d.settlement ?? null }),
    component: t.field({ type: IndexComponentEnum, nullable: true, resolve: (d) => d.component ?? null }),
  }),
});

export const DimensionsInput = builder.inputType('DimensionsInput', {
  fields: (t) => ({
    govLevel: t.field({ type: GovLevelEnum }),
    serviceLevel: t.string({ description: '"1" to "4".' }),
    serviceMode: t.field({ type: ServiceModeEnum }),
    settlement: t.field({ type: SettlementEnum }),
    component: t.field({ type: IndexComponentEnum }),
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

/**
 * The full dimension object of one series of `indicator`: every dimension it
 * has, with defaults `govLevel: ALL`, `settlement: ALL` and `component: OVERALL`.
 * A service level or mode has no meaningful default and must be given.
 */
export function seriesDimensions(indicator: IndicatorDefinition, input: DimensionsArg | null | undefined): Dimensions {
  const given = partialDimensions(input);
  const extra = Object.keys(given).filter((k) => !(indicator.dimensions as readonly string[]).includes(k));
  if (extra.length > 0) {
    throw badInput(`${indicator.code} has no dimension ${extra.join(', ')}`, { dimensions: indicator.dimensions });
  }
  const dims: Dimensions = {};
  for (const code of indicator.dimensions) {
    if (code === 'govLevel') dims.govLevel = given.govLevel ?? 'ALL';
    if (code === 'component') dims.component = given.component ?? 'OVERALL';
    if (code === 'settlement') dims.settlement = given.settlement ?? 'ALL';
    if (code === 'serviceMode') {
      if (!given.serviceMode) throw badInput(`${indicator.code} needs dimensions.serviceMode (FULL or PARTIAL)`);
      dims.serviceMode = given.serviceMode;
    }
    if (code === 'serviceLevel') {
      if (!given.serviceLevel) throw badInput(`${indicator.code} needs dimensions.serviceLevel ("1" to "4")`);
      dims.serviceLevel = given.serviceLevel;
    }
  }
  return dims;
}
