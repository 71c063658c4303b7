export {
  DIMENSION_CODES,
  DIMENSION_VALUES,
  GOV_LEVELS,
  INDEX_COMPONENTS,
  SERVICE_LEVELS,
  SERVICE_MODES,
  SETTLEMENTS,
  isDimensionCode,
  isDimensionValue,
  type DimensionCode,
  type Dimensions,
  type GovLevel,
  type IndexComponent,
  type ServiceLevel,
  type ServiceMode,
  type Settlement,
} from './indicators/dimension.js';
export {
  INDICATOR_CATEGORIES,
  INDICATOR_UNITS,
  type IndicatorCategory,
  type IndicatorDefinition,
  type IndicatorUnit,
} from './indicators/indicator.types.js';
export {
  INDICATORS,
  INDICATOR_CODES,
  findIndicator,
  isIndicatorCode,
  type IndicatorCode,
} from './indicators/indicator.vocabulary.js';
export { ENGLISH_CUES, type EnglishCue } from './indicators/indicator-cues.en.js';
export { INDEX_FAMILIES, type IndexFamily, type IndexComponentCue } from './indicators/index-cues.js';
export {
  OBSERVATION_STATUSES,
  QUALIFIERS,
  REVIEW_STATUSES,
  type ObservationStatus,
  type Qualifier,
  type ReviewStatus,
} from './observations/observation.enums.js';
export {
  AREA_LEVELS,
  GEOGRAPHIES,
  REORGANISATION_2025,
  type AreaLevel,
  type AreaRecord,
  type Geography,
} from './geography/area.types.js';
export { foldName, searchKey } from './geography/fold-name.js';
export { provinceOfOutletAddress } from './geography/outlet-address.js';
export type { AreaRow, AreaTable, NewAreaRow } from './db/area.table.js';
export type { IndicatorRow, IndicatorTable, NewIndicatorRow } from './db/indicator.table.js';
export {
  SOURCE_KINDS,
  SOURCE_LANGUAGES,
  SOURCE_ROLES,
  type SourceLanguage,
  type SourceRole,
  type NewSourceDocumentRow,
  type SourceDocumentRow,
  type SourceDocumentTable,
  type SourceKind,
} from './db/source-document.table.js';
export type { NewObservationRow, ObservationRow, ObservationTable } from './db/observation.table.js';
export type { Database } from './db/database.js';
export { API_KEY_SCOPES, type ApiKeyRow, type ApiKeyScope, type ApiKeyTable, type NewApiKeyRow } from './db/api-key.table.js';
export type { AuditLogRow, AuditLogTable, NewAuditLogRow } from './db/audit-log.table.js';
export type { DatasetReleaseRow, DatasetReleaseTable, NewDatasetReleaseRow } from './db/dataset-release.table.js';
export {
  loadAreas,
  loadIndexObservations,
  loadLineage2025,
  type IndexDataset,
  type IndexObservation,
  type IndexSource,
  type LineageKind,
  type LineageRecord,
} from './geography/geography.data.js';
export { AREA_ALIASES, type AreaAlias } from './geography/area-aliases.js';
export { isInForce, isIsoDate, isIsoDateTime, todayInVietnam } from './geography/validity.js';
export type { AreaLineageRow, AreaLineageTable, NewAreaLineageRow } from './db/area-lineage.table.js';
export { AREA_NAME_KINDS, type AreaNameKind, type AreaNameRow, type AreaNameTable, type NewAreaNameRow } from './db/area-name.table.js';
export { CODE_LICENSE, DATA_LICENSE, PROJECT, sourceRights, type LicenseInfo, type SourceRightsInput } from './dataset/license.js';
