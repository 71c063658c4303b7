import { afterAll, beforeAll } from 'vitest';
import { type GraphQLResponse, startTestServer } from './test-database.js';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * One API on a real HTTP port for the tests of the file (or `describe`) that
 * calls it: started in `beforeAll`, closed in `afterAll`. Its fields are read
 * when used, inside hooks and tests, which run after it has started.
 *
 * @example
 * const api = useTestServer();
 * it('answers', async () => expect((await api.query('{ __typename }')).status).toBe(200));
 */
export function useTestServer(): Omit<TestServer, 'close'> {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const current = () => {
    if (!server) throw new Error('useTestServer(): the server starts in beforeAll; use it inside a hook or a test');
    return server;
  };
  return {
    get url() {
      return current().url;
    },
    get origin() {
      return current().origin;
    },
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    query: <T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => current().query<T>(query, variables),
  };
}
