import { createHash } from 'node:crypto';
import type { DatasetReleaseRow } from '@egov-vn/schema';
import { csvChunks, type RecordBatches } from '../downloads/export-formats.js';
import { EXPORT_COLUMNS, toExportRecord } from '../downloads/export-record.js';
import type { Db } from '../repositories/db.types.js';
import { type ObservationQuery } from '../repositories/observation.repository.js';
import { walkExportRows } from '../repositories/observation-export.repository.js';

/** The figures published at `moment` (the content of a release cut then), with optional extra conditions. */
export function publishedQuery(moment: Date | undefined, extra: Omit<ObservationQuery, 'reviewStatuses' | 'publishedAt'> = {}): ObservationQuery {
  return { ...extra, reviewStatuses: ['APPROVED'], ...(moment ? { publishedAt: moment } : {}) };
}

/** The export records of `q`, batch by batch. */
export async function* exportRecords(db: Db, q: ObservationQuery): RecordBatches {
  for await (const rows of walkExportRows(db, q)) yield rows.map(toExportRecord);
}

/** sha256 (hex) of the canonical export (CSV) of what was published at `moment`: a release's checksum. */
export async function contentChecksum(db: Db, moment: Date): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of csvChunks(exportRecords(db, publishedQuery(moment)), EXPORT_COLUMNS)) hash.update(chunk);
  return hash.digest('hex');
}

/** The query of a release's content. */
export const releaseQuery = (release: Pick<DatasetReleaseRow, 'moment'>, extra: Omit<ObservationQuery, 'reviewStatuses' | 'publishedAt'> = {}) =>
  publishedQuery(release.moment, extra);
