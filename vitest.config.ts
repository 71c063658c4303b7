import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS ("main") and ESM ("module"): Vite would pick the ESM
// build for our sources while Node loads the CJS one for yoga and Pothos, and
// two realms break `instanceof GraphQLError`. Pin the one Node uses.
const graphqlMain = createRequire(new URL('./packages/api/package.json', import.meta.url)).resolve('graphql');

// One command runs everything: unit tests once, and the integration suite
// twice — on embedded PGlite and on the machine's real PostgreSQL server.
const integration = (db: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: db,
    include: ['tests/**/*.test.ts'],
    env: { EGOV_TEST_DB: db },
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      integration('pglite'),
      integration('postgres'),
    ],
  },
});
