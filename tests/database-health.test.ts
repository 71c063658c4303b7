import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { TEST_DB } from './support/test-database.js';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

describe('readiness reflects the database', () => {
  it('is ready while the database answers', async () => {
    const res = await fetch(`${api.origin}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  // PGlite 0.4 answers every later statement with no rows after a statement with ~65,000 parameters
  // (the issue's `nodes(ids:)` with 65,535 ids did this through the API, which now refuses such lists).
  it.runIf(TEST_DB === 'pglite')(
    'says so when the embedded database is broken, and GraphQL answers 503 instead of empty data',
    async () => {
      const ids = Array.from({ length: 65_534 }, (_, i) => i);
      await sql`select id from area where id in (${sql.join(ids)})`.execute(api.database.db).catch(() => {});
      const { rows } = await sql`select 1 as ok`.execute(api.database.db);
      expect(rows).toEqual([]); // broken indeed: the precondition of this test

      const ready = await fetch(`${api.origin}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', state: 'broken' });
      const live = await fetch(`${api.origin}/health/live`);
      expect(live.status).toBe(503); // only a restart helps: liveness asks for one
      const res = await api.query('{ indicators { code } }');
      expect(res.status).toBe(503);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    },
  );
});
