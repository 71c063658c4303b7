import { DATA_LICENSE, type DatasetReleaseRow } from '@egov-vn/schema';
import { citationBibtex, citationText } from '../../../releases/release-citation.js';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { LicenseType } from '../license/license.type.js';

const ReleaseCounts = builder.objectRef<DatasetReleaseRow>('ReleaseCounts').implement({
  description: 'What a release holds.',
  fields: (t) => ({
    observations: t.exposeInt('observation_count', { description: 'Published figures.' }),
    indicators: t.exposeInt('indicator_count', { description: 'Indicators with at least one figure.' }),
    areas: t.exposeInt('area_count', { description: 'Units with at least one figure.' }),
    sources: t.exposeInt('source_count', { description: 'Source documents the figures are read from.' }),
  }),
});

const ReleaseCitation = builder.objectRef<DatasetReleaseRow>('ReleaseCitation').implement({
  description: 'Ready-made citations of a release.',
  fields: (t) => ({
    text: t.string({ description: 'Plain text.', resolve: (r) => citationText(r) }),
    bibtex: t.string({ description: 'A BibTeX `@misc` entry.', resolve: (r) => citationBibtex(r) }),
  }),
});

const ReleaseDownloads = builder.objectRef<DatasetReleaseRow>('ReleaseDownloads').implement({
  description: 'Addresses (relative to the API origin) of the whole release as files; each never changes, its ETag is the checksum.',
  fields: (t) => ({
    csv: t.string({ description: 'Every figure of the release as CSV (UTF-8, CRLF line ends, a header row, one row per figure).', resolve: (r) => `/download/observations.csv?release=${r.name}` }),
    jsonl: t.string({ description: 'The same rows as JSON Lines (one JSON object per line).', resolve: (r) => `/download/observations.jsonl?release=${r.name}` }),
    parquet: t.string({ description: 'The same rows as Apache Parquet, for data-frame tools.', resolve: (r) => `/download/observations.parquet?release=${r.name}` }),
  }),
});

export const ReleaseType = builder.objectRef<DatasetReleaseRow>('Release').implement({
  description: [
    'A named, immutable version of the published data ("2026.1"). Its content is what was published at `cutAt`:',
    'pass its name as `release` to any query or download and the answer is the same forever, whatever is corrected later.',
  ].join(' '),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The release name, e.g. "2026.1": pass it as `release`.' }),
    notes: t.exposeString('notes', { description: 'What changed since the previous release, as its curator wrote it.' }),
    cutAt: t.field({ type: DateTimeScalar, description: 'The moment the release was cut: its content is what was published then.', resolve: (r) => r.moment }),
    createdBy: t.exposeString('created_by', { description: 'The admin (API key name) who cut it.' }),
    counts: t.field({ type: ReleaseCounts, description: 'How many figures, indicators, areas and sources it holds.', resolve: (r) => r }),
    checksum: t.string({ description: 'sha256 (hex) of the release CSV (`downloads.csv`): `sha256sum` of the downloaded file gives it.', resolve: (r) => r.checksum }),
    license: t.field({ type: LicenseType, description: 'The licence of the data compilation.', resolve: (r) => (r.licence === DATA_LICENSE.spdx ? DATA_LICENSE : { spdx: r.licence, name: r.licence, url: '' }) }),
    citation: t.field({ type: ReleaseCitation, description: 'How to cite the release in a paper or an article.', resolve: (r) => r }),
    downloads: t.field({ type: ReleaseDownloads, description: 'The release as files (CSV, JSON Lines, Parquet).', resolve: (r) => r }),
  }),
});
