/**
 * Dimensions split one indicator into comparable slices. Values are the
 * public contract (spec/indicators.md): never rename one that has shipped.
 */
export const GOV_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'ALL'] as const;
export type GovLevel = (typeof GOV_LEVELS)[number];

export const SERVICE_LEVELS = ['1', '2', '3', '4'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** Components of the composite indices; `OVERALL` is the headline figure. */
export const INDEX_COMPONENTS = [
  'OVERALL',
  // DTI 2022-2023 main indices (QĐ 922/QĐ-BTTTT)
  'DIGITAL_AWARENESS',
  'DIGITAL_INSTITUTIONS',
  'DIGITAL_INFRASTRUCTURE',
  'DIGITAL_HUMAN_RESOURCES',
  'CYBERSECURITY',
  'DIGITAL_GOVERNMENT',
  'DIGITAL_ECONOMY',
  'DIGITAL_SOCIETY',
  // Vietnam ICT Index and the IT-application ranking
  'INFRASTRUCTURE',
  'HUMAN_RESOURCES',
  'APPLICATION',
  'INTERNAL_APPLICATION',
  'ONLINE_SERVICES',
  'WEBSITE_PORTAL',
] as const;
export type IndexComponent = (typeof INDEX_COMPONENTS)[number];

export const DIMENSION_VALUES = {
  govLevel: GOV_LEVELS,
  serviceLevel: SERVICE_LEVELS,
  component: INDEX_COMPONENTS,
} as const;

export type DimensionCode = keyof typeof DIMENSION_VALUES;
export const DIMENSION_CODES = Object.keys(DIMENSION_VALUES) as DimensionCode[];

/** Dimension values of one observation, e.g. `{ govLevel: 'PROVINCE' }`. */
export interface Dimensions {
  govLevel?: GovLevel;
  serviceLevel?: ServiceLevel;
  component?: IndexComponent;
}

export function isDimensionCode(code: string): code is DimensionCode {
  return Object.hasOwn(DIMENSION_VALUES, code);
}

export function isDimensionValue(code: DimensionCode, value: string): boolean {
  return (DIMENSION_VALUES[code] as readonly string[]).includes(value);
}
