/**
 * @egov-vn/sdk/downloads: the API's bulk downloads as streams of typed rows
 * (Node 20+, Deno, Bun: it reads streams with `node:stream` and csv-parse).
 *
 * @example
 * import { createClient } from '@egov-vn/sdk';
 * import { downloadObservations } from '@egov-vn/sdk/downloads';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * for await (const row of downloadObservations(egov, { within: '17' })) console.log(row.indicator, row.value);
 *
 * @packageDocumentation
 */
export { downloadObservations, downloadUrl, type ApiLocation, type DownloadOptions } from './downloads/download-observations.js';
export { DOWNLOAD_COLUMNS, type DownloadColumn, type DownloadRow } from './downloads/download-row.js';
export type { DownloadFilter } from './downloads/download-filter.js';
export { DOWNLOAD_COLUMN_TYPES, DOWNLOAD_COLUMNS_SINCE } from './generated/download-columns.js';
