// Uses the installed @egov-vn/sdk from an ES module, with an injected fetch.
import { createRequire } from 'node:module';
import { createClient, EgovError, graphql, INDICATOR_CODES, isEgovError, isIndicatorCode, latestRelease, SERVER_ERROR_CODES, toCsv } from '@egov-vn/sdk';
import { DOWNLOAD_COLUMN_TYPES, downloadObservations } from '@egov-vn/sdk/downloads';

const reply = (body, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const indicator = {
  id: 'SW5kaWNhdG9yOmR0aV9yYW5r', code: 'dti_rank', nameVi: 'Thứ hạng DTI cấp tỉnh', nameEn: 'Provincial DTI rank',
  definition: '', unit: 'rank', category: 'COMPOSITE_INDEX', higherIsBetter: false, dimensions: [],
  coverage: { observationCount: 1, areaCount: 1, years: [2022], undatedCount: 0 },
};
const egov = createClient({ endpoint: 'http://egov.test/graphql', fetch: async () => reply({ data: { indicator } }) });
const notFound = createClient({
  endpoint: 'http://egov.test/graphql',
  fetch: async () => reply({ errors: [{ message: 'Unknown area code "99"', extensions: { code: 'NOT_FOUND' } }] }, 404),
});

const error = await notFound.area('99').catch((e) => e);

const files = { csv: '/download/observations.csv?release=2026.1', jsonl: '/download/observations.jsonl?release=2026.1', parquet: '/download/observations.parquet?release=2026.1' };
const releases = { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: 'c1' }, edges: [{ node: { name: '2026.1', downloads: files } }] };
const withRelease = createClient({ endpoint: 'http://egov.test/graphql', fetch: async () => reply({ data: { releases } }) });

// A CSV download with one row: each cell empty or filled by its column's type, the quote spanning lines.
const cell = (column, type) => (column === 'quote' ? '"gần 80%,\r\n""trên"" 70"' : type.endsWith('?') ? '' : type === 'number' ? '7' : 'x');
const csv = [Object.keys(DOWNLOAD_COLUMN_TYPES).join(','), Object.entries(DOWNLOAD_COLUMN_TYPES).map(([c, t]) => cell(c, t)).join(',')].join('\r\n') + '\r\n';
const downloaded = [];
for await (const row of downloadObservations(withRelease, { release: '2026.1' }, { format: 'csv', fetch: async () => new Response(csv) })) downloaded.push(row);
// The CommonJS build is another copy of the classes: instanceof fails across copies, isEgovError does not.
const cjs = createRequire(import.meta.url)('@egov-vn/sdk');
const cjsError = await cjs
  .createClient({ endpoint: 'http://egov.test/graphql', fetch: async () => reply({ errors: [{ message: 'x' }] }, 400) })
  .query('{ x }')
  .catch((e) => e);

console.log(
  JSON.stringify({
    rank: (await egov.indicator('dti_rank')).nameEn,
    csv: toCsv([{ id: 'x', value: 80, quote: 'gần 80%, "trên" 70' }]),
    graphql: graphql(`query Q($code: String!) { indicator(code: $code) { code } }`).loc.source.body,
    error: [error.name, error.code, error.serverCode, error.status],
    codes: INDICATOR_CODES.length,
    guard: [isIndicatorCode('dti_rank'), isIndicatorCode('dti_rnak'), isIndicatorCode(7)],
    serverCodes: SERVER_ERROR_CODES.includes('NOT_FOUND') && SERVER_ERROR_CODES.includes('DATABASE_UNAVAILABLE'),
    crossBuild: { instanceOf: cjsError instanceof EgovError, isEgovError: isEgovError(cjsError) },
    release: (await latestRelease(withRelease)).downloads.csv,
    downloaded: downloaded.map((r) => [r.quote, r.period, r.revision]),
  }),
);
