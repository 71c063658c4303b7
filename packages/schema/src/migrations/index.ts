// `@egov-vn/schema/migrations`: what only the migration runner (and the tests of what a migration installs) needs,
// kept out of the package's main entry, which serves vocabulary, geography and table types.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-area-lineage-and-names.js';
import * as m0003 from './0003-curation.js';
import * as m0004 from './0004-source-metadata.js';
import * as m0006 from './0006-observation-sort-indexes.js';
import * as m0007 from './0007-releases.js';
import * as m0008 from './0008-data-version.js';
import * as m0009 from './0009-change-feed.js';
import * as m0010 from './0010-observation-locator-en.js';
import * as m0011 from './0011-release-export-format.js';
import * as m0012 from './0012-table-figure-transcribed-row.js';

/** Every migration, in order. Static imports so bundlers and both databases see the same list. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-area-lineage-and-names': m0002,
  '0003-curation': m0003,
  '0004-source-metadata': m0004,
  '0006-observation-sort-indexes': m0006,
  '0007-releases': m0007,
  '0008-data-version': m0008,
  '0009-change-feed': m0009,
  '0010-observation-locator-en': m0010,
  '0011-release-export-format': m0011,
  '0012-table-figure-transcribed-row': m0012,
};

/** A Kysely `MigrationProvider` over the static list above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export { DATA_VERSION_UNTRACKED_TABLES } from './0008-data-version.js';
