export { readConfig, readDatabaseSettings, readLimits, LIMITS, MAX_BODY_BYTES, LABELLED_CORPUS_GOLD, type Config, type QueryLimits } from './config.js';
export { DATA_SIZES_MARKER } from './repositories/data-sizes.repository.js';
export { openDatabase, type DatabaseHandle, type DatabaseKind, type DatabaseOptions } from './db/connect.js';
export { migrateToLatest } from './db/migrate.js';
export { LOCK_FILE } from './db/data-dir-lock.js';
export { DatabaseHealth, PROBE_SQL, type DatabaseState } from './db/database-health.js';
export { DATA_VERSION_SQL } from './repositories/data-version.repository.js';
export { loadDataset, type LoadReport } from './dataset/load-dataset.js';
export { createEgovYoga, type EgovYoga } from './yoga.js';
export { buildApp, type AppOptions } from './http/app.js';
export { schema } from './graphql/schema.js';
export { printedSchema, SCHEMA_FILE } from './graphql/print-schema.js';
export type { Db } from './repositories/db.types.js';
export {
  upsertObservations,
  reviseObservation,
  findObservationHistory,
  type ObservationInput,
  type UpsertResult,
} from './repositories/observation.repository.js';
export { ingestDocuments, ingestDocument, type IngestInput, type IngestReport } from './ingest/ingest-document.js';
export { applyDecisions, readDecisionFolder, readDecisions, recordDecisions, type Decision } from './ingest/decisions.file.js';
export { readDocumentFile, InputFileError, MAX_DOCUMENT_BYTES } from './ingest/document-file.js';
export { listForReview, setReviewStatus } from './repositories/review.repository.js';
export { createApiKey, authenticate } from './auth/api-keys.js';
export { readCorpusDocuments, readReviewedFigures, type CorpusDocument, type ReviewedFigure } from './dataset/corpus.files.js';
export { runCuration } from './curation/run-curation.js';
export { decideByGold } from './curation/gold-decisions.js';
export { loadLabelledCorpus } from './curation/load-labelled-corpus.js';
export { loadGoldCorpus, readGoldText } from './evaluation/gold-corpus.js';
export { contentChecksum } from './releases/release-content.js';
