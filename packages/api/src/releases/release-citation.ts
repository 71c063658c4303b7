import { DATA_LICENSE, PROJECT } from '@egov-vn/schema';
import type { DatasetReleaseRow } from '@egov-vn/schema';

const TITLE = 'egov-vn: Vietnam provincial e-government indicators';
const AUTHOR = 'egov-vn contributors';

/** The release's date, YYYY-MM-DD (UTC). */
const dayOf = (release: Pick<DatasetReleaseRow, 'moment'>) => release.moment.toISOString().slice(0, 10);

/**
 * A citation of a release as plain text.
 *
 * @example
 * citationText(release)
 * // 'egov-vn contributors (2026). egov-vn: Vietnam provincial e-government indicators (release 2026.1, 2026-12-03) [Data set]. https://github.com/egov-vn/egov-vn. CC BY 4.0. SHA-256 3f1a….'
 */
export function citationText(release: Pick<DatasetReleaseRow, 'name' | 'moment' | 'checksum'>): string {
  return `${AUTHOR} (${dayOf(release).slice(0, 4)}). ${TITLE} (release ${release.name}, ${dayOf(release)}) [Data set]. ${PROJECT.repository}. ${DATA_LICENSE.spdx.replace(/-/g, ' ')}. SHA-256 ${release.checksum}.`;
}

/** A BibTeX entry for a release (`@misc`, its key "egovvn_<name>"). */
export function citationBibtex(release: Pick<DatasetReleaseRow, 'name' | 'moment' | 'checksum'>): string {
  const day = dayOf(release);
  return [
    `@misc{egovvn_${release.name.replace(/[^0-9A-Za-z]/g, '_')},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {{${TITLE}}},`,
    `  year = {${day.slice(0, 4)}},`,
    `  month = {${Number(day.slice(5, 7))}},`,
    `  version = {${release.name}},`,
    `  howpublished = {\\url{${PROJECT.repository}}},`,
    `  note = {Data set, release ${release.name} of ${day}. Licence ${DATA_LICENSE.spdx}. SHA-256 ${release.checksum}},`,
    '}',
  ].join('\n');
}
