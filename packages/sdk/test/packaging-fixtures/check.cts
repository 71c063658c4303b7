// Type-checked against the installed package's index.d.cts (CommonJS).
import sdk = require('@egov-vn/sdk');
import downloads = require('@egov-vn/sdk/downloads');

const egov = sdk.createClient({ endpoint: 'http://localhost:4000/graphql', retries: { limit: 3 } });
async function main(): Promise<void> {
  try {
    const series = await egov.series({ indicator: 'dti_score', area: '48' });
    const comparable: boolean = series.comparable;
    void comparable;
  } catch (error) {
    if (error instanceof sdk.EgovGraphQLError) console.log(error.serverCode);
  }
  const latest = await sdk.latestRelease(egov);
  const name: string | undefined = latest?.name;
  for await (const row of downloads.downloadObservations(egov, { release: name })) {
    const value: number = row.value;
    void value;
  }
  // @ts-expect-error dti_rank has no govLevel dimension
  await egov.series({ indicator: 'dti_rank', area: '48', dimensions: { govLevel: 'ALL' } });
}
export = main;
