// Uses the installed @egov-vn/sdk from CommonJS.
const { createClient, EgovTimeoutError } = require('@egov-vn/sdk');
const { existsSync } = require('node:fs');

const indicator = { code: 'dti_rank', nameEn: 'Provincial DTI rank', dimensions: [], coverage: {} };
const egov = createClient({
  endpoint: 'http://egov.test/graphql',
  fetch: async () => new Response(JSON.stringify({ data: { indicator } })),
});
const slow = createClient({ endpoint: 'http://egov.test/graphql', timeoutMs: 20, fetch: () => new Promise(() => {}) });

(async () => {
  const timeout = await slow.indicators().catch((e) => e);
  console.log(
    JSON.stringify({
      rank: (await egov.indicator('dti_rank')).nameEn,
      timeout: timeout instanceof EgovTimeoutError ? [timeout.name, timeout.code] : String(timeout),
      schema: existsSync(require.resolve('@egov-vn/sdk/schema.graphql')),
      downloads: typeof require('@egov-vn/sdk/downloads').downloadObservations,
    }),
  );
})();
