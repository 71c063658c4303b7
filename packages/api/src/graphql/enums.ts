import {
  AREA_LEVELS,
  GEOGRAPHIES,
  GOV_LEVELS,
  INDEX_COMPONENTS,
  INDICATOR_CATEGORIES,
  OBSERVATION_STATUSES,
  QUALIFIERS,
  REVIEW_STATUSES,
  SERVICE_MODES,
  SETTLEMENTS,
} from '@egov-vn/schema';
import { builder } from './builder.js';

export const AreaLevelEnum = builder.enumType('AreaLevel', { values: AREA_LEVELS });
export const GeographyEnum = builder.enumType('Geography', {
  description: 'pre2025: the 63 provinces, districts and communes in force until 30 June 2025; post2025: the 34 provinces and communes since 1 July 2025.',
  values: GEOGRAPHIES,
});
export const GovLevelEnum = builder.enumType('GovLevel', { values: GOV_LEVELS });
export const ServiceModeEnum = builder.enumType('ServiceMode', {
  description: 'Online public services under Decree 42/2022 (from 2022): FULL = "toàn trình" (end to end online), PARTIAL = "một phần".',
  values: SERVICE_MODES,
});
export const SettlementEnum = builder.enumType('Settlement', {
  description: 'Urban / rural split ("thành thị", "nông thôn"); ALL where the source does not split.',
  values: SETTLEMENTS,
});
export const IndexComponentEnum = builder.enumType('IndexComponent', { values: INDEX_COMPONENTS });
export const IndicatorCategoryEnum = builder.enumType('IndicatorCategory', { values: INDICATOR_CATEGORIES });
export const QualifierEnum = builder.enumType('Qualifier', {
  description: 'EXACT; APPROX ("gần", "khoảng", "xấp xỉ", "hầu hết"); MORE_THAN ("trên", "hơn"); LESS_THAN ("dưới"); AT_LEAST ("tối thiểu", "ít nhất").',
  values: QUALIFIERS,
});
export const ObservationStatusEnum = builder.enumType('ObservationStatus', { values: OBSERVATION_STATUSES });
export const ReviewStatusEnum = builder.enumType('ReviewStatus', { values: REVIEW_STATUSES });
export const LangEnum = builder.enumType('Lang', { values: ['VI', 'EN'] as const });
export const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });
