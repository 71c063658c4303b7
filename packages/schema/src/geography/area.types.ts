/**
 * Two systems of administrative units coexist: the 63 provinces / 696 districts /
 * 10,035 communes in force until 30 June 2025, and the 34 provinces / 3,321
 * communes since 1 July 2025. Some GSO codes are reused across them, so an
 * area's identity is its geography plus its code.
 */
export const GEOGRAPHIES = ['pre2025', 'post2025'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export const AREA_LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** One administrative unit as stored in `packages/schema/data/geography/*.json`. */
export interface AreaRecord {
  geography: Geography;
  /** GSO code: province 2 digits, district 3, commune 5 (zero-padded). */
  code: string;
  level: AreaLevel;
  /** Short name without the unit type, e.g. "Hòa Bình". */
  nameVi: string;
  nameEn: string;
  /** Name with the unit type, e.g. "Tỉnh Hòa Bình". */
  fullNameVi: string;
  fullNameEn: string;
  /** Unit type, e.g. "Tỉnh", "Thành phố trực thuộc trung ương", "Huyện", "Xã". */
  unitTypeVi: string;
  unitTypeEn: string;
  parentCode: string | null;
  /** ISO 3166-2 subdivision code, provinces only (e.g. "VN-14"). */
  isoCode: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** The day the 2025 reorganisation took effect. */
export const REORGANISATION_2025 = '2025-07-01';
