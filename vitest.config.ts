import { defineConfig } from 'vitest/config';

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
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['packages/*/test/**/*.test.ts'], testTimeout: 30_000 } },
      integration('pglite'),
      integration('postgres'),
    ],
  },
});
