import { createHash } from 'node:crypto';
import type { DatasetReleaseRow } from '@egov-vn/schema';
import { csvChunks, type RecordBatches } from '../downloads/export-formats.js';
import { CURRENT_EXPORT_FORMAT, exportColumns, sliceStanding, toExportRecord } from '../downloads/export-record.js';
import type { Db } from '../repositories/db.types.js';
import { type ObservationQuery } from '../repositories/observation.repository.js';
import { walkExportRows } from '../repositories/observation-export.repository.js';
import { findSliceCandidates } from '../repositories/slice.repository.js';

/** The figures published at `moment` (the content of a release cut then), with optional extra conditions. */
export function publishedQuery(moment: Date | undefined, extra: Omit<ObservationQuery, 'reviewStatuses' | 'publishedAt'> = {}): ObservationQuery {
  return { ...extra, reviewStatuses: ['APPROVED'], ...(moment ? { publishedAt: moment } : {}) };
}

/**
 * The export records of `q` in export format `version`, batch by batch. From
 * format 2 each batch also reads the slices of its figures (one statement),
 * among the figures published at the same moment as the export's (a release's
 * moment, or now), to flag several figures for one slice.
 */
export async function* exportRecords(db: Db, q: ObservationQuery, version: number = CURRENT_EXPORT_FORMAT): RecordBatches {
  for await (const rows of walkExportRows(db, q)) {
    if (version < 2) {
      yield rows.map((r) => toExportRecord(r, version));
      continue;
    }
    const slices = await findSliceCandidates(
      db,
      rows.map((r) => r.id),
      q.publishedAt,
    );
    yield rows.map((r, i) => toExportRecord(r, version, sliceStanding(r, slices[i]!)));
  }
}

/** sha256 (hex) of the canonical export (CSV, in export format `version`) of what was published at `moment`: a release's checksum. */
export async function contentChecksum(db: Db, moment: Date, version: number = CURRENT_EXPORT_FORMAT): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of csvChunks(exportRecords(db, publishedQuery(moment), version), exportColumns(version))) hash.update(chunk);
  return hash.digest('hex');
}

/** The query of a release's content. */
export const releaseQuery = (release: Pick<DatasetReleaseRow, 'moment'>, extra: Omit<ObservationQuery, 'reviewStatuses' | 'publishedAt'> = {}) =>
  publishedQuery(release.moment, extra);
