import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Trx } from '../repositories/db.types.js';
import { readImportChecksums, recordImport } from '../repositories/dataset-import.repository.js';
import { contentHash } from '../ingest/content-hash.js';
import { CORPUS_DIR } from '../config.js';
import { loadAllAreas, loadAreaNames } from './load-areas.js';
import { loadCorpus } from './load-corpus.js';
import { loadIndicators } from './load-indicators.js';
import { loadIndices } from './load-indices.js';
import { labelledCorpusFiles, loadLabelledCorpusPart } from './load-labelled-corpus.part.js';
import { loadLineage } from './load-lineage.js';

const SCHEMA_DATA = new URL('../../../schema/data/', import.meta.url);
const AREA_FILES = [new URL('geography/pre2025.areas.json', SCHEMA_DATA), new URL('geography/post2025.areas.json', SCHEMA_DATA)];

/** Each part of the dataset, with the files whose content decides whether it must be re-imported. */
const EXTRACTION_DIR = new URL('../extraction/', import.meta.url);

function filesIn(dir: URL, pattern: RegExp): URL[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => new URL(f, dir));
}

const PARTS = [
  {
    name: 'indicators',
    files: [new URL('../../../schema/src/indicators/indicator.vocabulary.ts', import.meta.url)],
    load: loadIndicators,
  },
  {
    name: 'areas',
    files: AREA_FILES,
    load: loadAllAreas,
  },
  {
    // Area ids come from the areas part: reload whenever the areas change.
    name: 'area-names',
    files: [...AREA_FILES, new URL('../../../schema/src/geography/area-aliases.ts', import.meta.url)],
    load: loadAreaNames,
  },
  { name: 'lineage', files: [...AREA_FILES, new URL('geography/lineage-2025.json', SCHEMA_DATA)], load: loadLineage },
  {
    name: 'corpus',
    // The extractor's code is an input too: a change re-ingests, and stale decisions fail loudly.
    files: [...filesIn(CORPUS_DIR, /\.(txt|json)$/), ...filesIn(EXTRACTION_DIR, /\.ts$/)],
    load: loadCorpus,
  },
  { name: 'indices', files: [new URL('indices/index-observations.json', SCHEMA_DATA)], load: loadIndices },
  {
    // Pages from the shared folder + the extractor + the committed decisions, like the corpus.
    name: 'labelled-corpus',
    files: [...labelledCorpusFiles(), ...filesIn(EXTRACTION_DIR, /\.ts$/)],
    load: loadLabelledCorpusPart,
  },
] as const satisfies readonly { name: string; files: URL[]; load: (trx: Trx) => Promise<unknown> }[];

export interface LoadReport {
  /** Parts imported in this run; parts whose files did not change are skipped. */
  loaded: Record<string, unknown>;
  skipped: string[];
  /** What needs a person's attention but does not stop serving (stale decisions). */
  warnings: string[];
}

/**
 * Loads the published dataset in one transaction. Idempotent: figures are
 * keyed, so re-running never duplicates, and a part whose data files have not
 * changed since the last import is skipped.
 *
 * @example
 * await migrateToLatest(db);
 * const report = await loadDataset(db); // { loaded: { areas: 14155, ... }, skipped: [] }
 */
export async function loadDataset(db: Kysely<Database>, options: { force?: boolean } = {}): Promise<LoadReport> {
  return db.transaction().execute(async (trx) => {
    const report: LoadReport = { loaded: {}, skipped: [], warnings: [] };
    const previous = await readImportChecksums(trx);
    for (const part of PARTS) {
      const checksum = contentHash(part.files.map((f) => contentHash(readFileSync(f, 'utf8'))).join(','));
      if (!options.force && previous.get(part.name) === checksum) {
        report.skipped.push(part.name);
        continue;
      }
      const loaded: unknown = await part.load(trx);
      report.loaded[part.name] = loaded;
      if (loaded && typeof loaded === 'object' && 'warnings' in loaded && Array.isArray(loaded.warnings)) report.warnings.push(...(loaded.warnings as string[]));
      await recordImport(trx, part.name, checksum);
    }
    return report;
  });
}
