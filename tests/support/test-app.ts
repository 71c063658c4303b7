import { buildApp } from '@egov-vn/api';
import { openTestDatabase, type TestDatabase } from './test-database.js';
import { useFixture } from './use-fixture.js';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

export interface OpenTestApp {
  database: TestDatabase;
  app: TestApp;
  close: () => Promise<void>;
}

/** The whole Fastify app over a private database copy, for `app.inject` (no socket). */
export async function openTestApp(): Promise<OpenTestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db, databaseKind: database.kind });
  return {
    database,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * One app for the tests of the file (or `describe`) that calls it: opened in
 * `beforeAll`, closed in `afterAll`. Read `app` and `database` inside hooks and
 * tests, which run after it has opened.
 *
 * @example
 * const testApp = useTestApp();
 * const get = (url: string) => testApp.app.inject({ method: 'GET', url });
 */
export function useTestApp(): { readonly app: TestApp; readonly database: TestDatabase } {
  const current = useFixture('useTestApp()', openTestApp);
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
  };
}
