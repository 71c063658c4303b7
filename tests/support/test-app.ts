import { buildApp } from '@egov-vn/api';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

/** The whole Fastify app over a private database copy, for `app.inject` (no socket). */
export async function openTestApp(): Promise<{ database: TestDatabase; app: TestApp; close: () => Promise<void> }> {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db });
  return {
    database,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
