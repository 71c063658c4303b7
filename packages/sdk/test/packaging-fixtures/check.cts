// Type-checked against the installed package's index.d.cts (CommonJS).
import sdk = require('@egov-vn/sdk');

const egov = sdk.createClient({ endpoint: 'http://localhost:4000/graphql', retries: { limit: 3 } });
async function main(): Promise<void> {
  try {
    const series = await egov.series({ indicator: 'dti_score', area: '48' });
    const comparable: boolean = series.comparable;
    void comparable;
  } catch (error) {
    if (error instanceof sdk.EgovGraphQLError) console.log(error.serverCode);
  }
  // @ts-expect-error dti_rank has no govLevel dimension
  await egov.series({ indicator: 'dti_rank', area: '48', dimensions: { govLevel: 'ALL' } });
}
export = main;
