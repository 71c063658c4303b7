import { DATA_LICENSE, type DatasetReleaseRow } from '@egov-vn/schema';
import type { Actor } from '../curation/actor.js';
import { CurationError } from '../curation/curation-error.js';
import type { Change } from '../curation/figure-snapshot.js';
import type { Trx } from '../repositories/db.types.js';
import { countExport } from '../repositories/observation-export.repository.js';
import { findReleasesByNames, insertRelease, lockReleaseCuts } from '../repositories/release.repository.js';
import { CURRENT_EXPORT_FORMAT } from '../downloads/export-record.js';
import { contentChecksum, publishedQuery } from './release-content.js';

/** A release name: the year and a number, "2026.1". */
export const RELEASE_NAME = /^\d{4}\.\d{1,3}$/;

export interface NewRelease {
  name: string;
  notes: string;
}

/**
 * Cuts a release: records this moment, the counts of what is published now,
 * and the sha256 of its canonical export in the current export format
 * (recorded with it, so its file never changes). The rows themselves are not copied:
 * history is append-only, so what was published at the moment stays readable
 * (`publishedAsOf`) and the checksum lets anyone verify it did not change.
 */
export async function createRelease(trx: Trx, actor: Actor, input: NewRelease): Promise<{ release: DatasetReleaseRow; changes: Change[] }> {
  const name = input.name.trim();
  if (!RELEASE_NAME.test(name)) {
    throw new CurationError('INVALID_RELEASE', `a release name is a year and a number, like "2026.1"; got "${input.name}"`, { argument: 'name' });
  }
  const notes = input.notes.trim();
  if (notes === '') throw new CurationError('INVALID_RELEASE', 'a release needs notes: what changed since the last one', { argument: 'notes' });
  await lockReleaseCuts(trx);
  const [existing] = await findReleasesByNames(trx, [name]);
  if (existing) throw new CurationError('RELEASE_EXISTS', `release ${name} exists (cut ${existing.moment.toISOString()}): releases never change, name a new one`, { name });
  const moment = new Date();
  const counts = await countExport(trx, publishedQuery(moment));
  const checksum = await contentChecksum(trx, moment, CURRENT_EXPORT_FORMAT);
  const release = await insertRelease(trx, {
    name,
    notes,
    moment,
    created_by: actor.name,
    observation_count: counts.observations,
    indicator_count: counts.indicators,
    area_count: counts.areas,
    source_count: counts.sources,
    checksum,
    export_format: CURRENT_EXPORT_FORMAT,
    licence: DATA_LICENSE.spdx,
  });
  return { release, changes: [{ action: 'release.create', target: `release:${name}`, before: null, after: { ...release, moment: release.moment.toISOString() } }] };
}
