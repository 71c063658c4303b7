import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseHealth, openDatabase, readDatabaseSettings, type DatabaseHandle } from '@egov-vn/api';
import { ADMIN_URL } from './support/postgres-server.js';
import { TEST_DB } from './support/test-database.js';

/**
 * A loaded server is busy, not away. With one connection in the pool, a queue of short statements keeps
 * the probe waiting past its timeout while answers keep coming: the API must stay ready (it used to
 * declare an outage and answer 503 to every request, `{ __typename }` included). A held connection with
 * no answer at all is still an outage.
 */
describe.runIf(TEST_DB === 'postgres')('a busy database is not an unavailable one', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ url: ADMIN_URL, settings: { ...readDatabaseSettings({}), poolMax: 1, connectTimeoutMs: 10_000 } });
  });
  afterAll(() => handle.close());

  const healthOf = (db: DatabaseHandle['db']) =>
    new DatabaseHealth(db, { embedded: false, probeTimeoutMs: 100, probeMs: 60_000, retryMs: 60_000 });

  it('stays ready while statements are answered and the probe waits for the pool', async () => {
    const health = healthOf(handle.db);
    const db = handle.db.withPlugin(health.answers);
    // ~300 statements of a few milliseconds each, queued on the one connection: the probe waits behind them.
    const queue = Array.from({ length: 300 }, () => sql`select pg_sleep(0.003)`.execute(db));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await health.check()).toBe('ready');
    await Promise.all(queue);
    health.stop();
  });

  it('is unavailable when the pool waits and nothing is answered', async () => {
    const health = healthOf(handle.db);
    const db = handle.db.withPlugin(health.answers);
    const held = sql`select pg_sleep(1)`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await health.check()).toBe('unavailable');
    await held;
    health.stop();
  });
});
