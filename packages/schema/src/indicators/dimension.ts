/**
 * Dimensions split one indicator into comparable slices. Values are the
 * public contract (spec/indicators.md): never rename one that has shipped.
 */
export const GOV_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE', 'ALL'] as const;
export type GovLevel = (typeof GOV_LEVELS)[number];

export const SERVICE_LEVELS = ['1', '2', '3', '4'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/** Online public services under Decree 42/2022 (from 2022): "toàn trình" (FULL) or "một phần" (PARTIAL). */
export const SERVICE_MODES = ['FULL', 'PARTIAL'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** Urban / rural split ("thành thị", "nông thôn"); `ALL` where the text does not split. */
export const SETTLEMENTS = ['URBAN', 'RURAL', 'ALL'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

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
  'IT_INDUSTRY',
  // Vietnam ICT Index 2010 sub-indices: IT business ("sản xuất kinh doanh CNTT"), organisation and policy environment
  'IT_BUSINESS',
  'ORGANISATION_AND_POLICY',
  // IT-application / e-government ranking: policy mechanisms ("cơ chế chính sách")
  'POLICY',
  // DTI pillars ("trụ cột" chính quyền số / kinh tế số / xã hội số), aggregates of the main indices;
  // not the main indices "hoạt động chính quyền số / kinh tế số / xã hội số" above
  'DIGITAL_GOVERNMENT_PILLAR',
  'DIGITAL_ECONOMY_PILLAR',
  'DIGITAL_SOCIETY_PILLAR',
  // DTI 2020 main indices inside the digital-government pillar
  'DIGITAL_GOVERNMENT_DATA',
  'DIGITAL_GOVERNMENT_AWARENESS',
  'DIGITAL_GOVERNMENT_ACTIVITIES',
  // PAR INDEX components
  'MODERNISATION',
  'ADMINISTRATIVE_PROCEDURE_REFORM',
] as const;
export type IndexComponent = (typeof INDEX_COMPONENTS)[number];

export const DIMENSION_VALUES = {
  govLevel: GOV_LEVELS,
  serviceLevel: SERVICE_LEVELS,
  serviceMode: SERVICE_MODES,
  settlement: SETTLEMENTS,
  component: INDEX_COMPONENTS,
} as const;

export type DimensionCode = keyof typeof DIMENSION_VALUES;
export const DIMENSION_CODES = Object.keys(DIMENSION_VALUES) as DimensionCode[];

/** Dimension values of one observation, e.g. `{ govLevel: 'PROVINCE' }`. */
export interface Dimensions {
  govLevel?: GovLevel;
  serviceLevel?: ServiceLevel;
  serviceMode?: ServiceMode;
  settlement?: Settlement;
  component?: IndexComponent;
}

export function isDimensionCode(code: string): code is DimensionCode {
  return Object.hasOwn(DIMENSION_VALUES, code);
}

export function isDimensionValue(code: DimensionCode, value: string): boolean {
  return (DIMENSION_VALUES[code] as readonly string[]).includes(value);
}
