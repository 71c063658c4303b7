import { type GraphQLResponse, startTestServer } from './test-database.js';
import { useFixture } from './use-fixture.js';

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
  const current = useFixture('useTestServer()', startTestServer);
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
