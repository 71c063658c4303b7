import { createApiKey } from '@egov-vn/api';
import { createClient, type EgovClient, EgovGraphQLError } from '@egov-vn/sdk';
import { DOWNLOAD_COLUMNS, type DownloadRow, downloadObservations, downloadUrl } from '@egov-vn/sdk/downloads';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/test-server.js';

// The SDK's streamed downloads against the real API over HTTP (PGlite and
// PostgreSQL): CSV and JSON Lines read into the same typed rows, which match
// what the GraphQL API answers for the same filter and release.

const api = useTestServer();
let egov: EgovClient;

beforeAll(async () => {
  egov = createClient({ endpoint: api.url });
  const admin = createClient({ endpoint: api.url, headers: { authorization: `Bearer ${(await createApiKey(api.database.db, 'admin-chi', 'admin')).key}` } });
  await admin.query(`mutation { createRelease(name: "2026.1", notes: "for the SDK's downloads") { name } }`);
});

async function collect(rows: AsyncIterable<DownloadRow>): Promise<DownloadRow[]> {
  const out: DownloadRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

/** A fetch that notes the content encoding of each response it passes on. */
function recordingFetch(encodings: (string | null)[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    encodings.push(response.headers.get('content-encoding'));
    return response;
  };
}

describe('downloadObservations()', () => {
  it('reads a whole release as CSV and as JSON Lines into the same typed rows, one per figure the API returns for that release', async () => {
    const encodings: (string | null)[] = [];
    const csv = await collect(downloadObservations(egov, { release: '2026.1' }, { format: 'csv', fetch: recordingFetch(encodings) }));
    const jsonl = await collect(downloadObservations(egov, { release: '2026.1' }, { fetch: recordingFetch(encodings) }));
    expect(encodings).toEqual(['gzip', 'gzip']); // streamed compressed, read decompressed

    expect(csv.length).toBe(await egov.observations({ release: '2026.1' }).count());
    expect(csv).toEqual(jsonl);
    for (const row of csv.slice(0, 50)) expect(Object.keys(row)).toEqual(DOWNLOAD_COLUMNS);
    expect(csv.every((r) => typeof r.value === 'number' && typeof r.revision === 'number')).toBe(true);
    expect(csv.some((r) => r.period === null)).toBe(true); // an empty cell of a nullable column is null, not ""
    expect(csv.some((r) => r.quote?.includes('\n'))).toBe(true); // a quoted multi-line cell read whole

    const figures = new Map<string, { revision: number; value: number; period: number | null; area: string; source: string }>();
    for await (const o of egov.observations({ release: '2026.1' }, { pageSize: 500 })) {
      figures.set(o.figureKey, { revision: o.revision, value: o.value, period: o.period, area: o.area.code, source: o.provenance.contentHash });
    }
    expect(new Map(csv.map((r) => [r.figure_key!, { revision: r.revision, value: r.value, period: r.period, area: r.area_code!, source: r.source_hash! }]))).toEqual(figures);
  });

  it("takes the API's filters (dimensions by name) and can ask for no compression", async () => {
    const encodings: (string | null)[] = [];
    const filter = { indicator: 'dti_rank', period: 2022, dimensions: { component: 'OVERALL' } } as const;
    expect(downloadUrl(egov, filter, 'csv')).toBe(`${api.origin}/download/observations.csv?indicator=dti_rank&period=2022&component=OVERALL`);
    const rows = await collect(downloadObservations(egov, filter, { format: 'csv', gzip: false, fetch: recordingFetch(encodings) }));
    expect(encodings).toEqual([null]);
    const figures = await egov.observations(filter).toArray({ limit: 1_000 });
    expect(rows.map((r) => r.figure_key).sort()).toEqual(figures.map((o) => o.figureKey).sort());
    expect(rows.length).toBeGreaterThanOrEqual(63);
    expect(new Set(rows.map((r) => r.component))).toEqual(new Set(['OVERALL']));

    const several = await collect(downloadObservations(egov, { indicators: ['dti_rank', 'dti_score'], area: '48', period: 2022 }));
    expect(new Set(several.map((r) => r.indicator))).toEqual(new Set(['dti_rank', 'dti_score']));
    expect(several.map((r) => r.figure_key).sort()).toEqual(
      (await egov.observations({ indicators: ['dti_rank', 'dti_score'], area: '48', period: 2022 }).toArray({ limit: 1_000 })).map((o) => o.figureKey).sort(),
    );
  });

  it("fails with the API's error codes", async () => {
    const unknown = await collect(downloadObservations(egov, { release: '2031.9' })).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(EgovGraphQLError);
    expect(unknown).toMatchObject({ serverCode: 'NOT_FOUND', status: 404 });
    const bad = await collect(downloadObservations(egov, { period: 20_22 * 10 }, { format: 'csv' })).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'GRAPHQL_ERROR', serverCode: 'BAD_REQUEST', status: 400 });
  });
});
