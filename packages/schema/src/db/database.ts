import type { ApiKeyTable } from './api-key.table.js';
import type { AreaLineageTable } from './area-lineage.table.js';
import type { AuditLogTable } from './audit-log.table.js';
import type { AreaNameTable } from './area-name.table.js';
import type { AreaTable } from './area.table.js';
import type { DatasetImportTable } from './dataset-import.table.js';
import type { DatasetReleaseTable } from './dataset-release.table.js';
import type { DataVersionTable } from './data-version.table.js';
import type { IndicatorTable } from './indicator.table.js';
import type { ObservationTable } from './observation.table.js';
import type { SourceDocumentTable } from './source-document.table.js';

/** The Kysely database interface: `new Kysely<Database>(...)`. */
export interface Database {
  area: AreaTable;
  area_lineage: AreaLineageTable;
  area_name: AreaNameTable;
  indicator: IndicatorTable;
  source_document: SourceDocumentTable;
  observation: ObservationTable;
  dataset_import: DatasetImportTable;
  api_key: ApiKeyTable;
  audit_log: AuditLogTable;
  dataset_release: DatasetReleaseTable;
  data_version: DataVersionTable;
}
