import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process.js';
import { OwnPostgres } from './support/own-postgres.js';
import { TEST_DB } from './support/test-database.js';

// A hang is anything slower than this; the statement timeout alone is 5 s. Real timings: bench/database-faults.ts.
const HANG_MS = 4_000;
const NORMAL_QUERY = '{ areas(first: 5) { nodes { code name } } indicators { nodes { code } } }';

interface Answer {
  at: number;
  ms: number;
  status: number;
  code?: string;
  retryAfter: string | null;
  failure?: string;
}

async function ask(origin: string): Promise<Answer> {
  const at = Date.now();
  try {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NORMAL_QUERY }),
      signal: AbortSignal.timeout(HANG_MS * 2),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { at, ms: Date.now() - at, status: res.status, code: body.errors?.[0]?.extensions?.code, retryAfter: res.headers.get('retry-after') };
  } catch (error) {
    return { at, ms: Date.now() - at, status: 0, retryAfter: null, failure: String(error) };
  }
}

/** A few clients asking the normal query in a loop until `stop`. */
async function load(origin: string, stop: AbortSignal, clients = 4): Promise<Answer[]> {
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!stop.aborted) answers.push(await ask(origin));
    }),
  );
  return answers.sort((a, b) => a.at - b.at);
}

/** Polls until the answer is 200 and says how long that took. */
async function msUntilAnswered(origin: string, boundMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < boundMs) {
    if ((await ask(origin)).status === 200) return Date.now() - start;
    await sleep(50);
  }
  return Number.POSITIVE_INFINITY;
}

describe.runIf(TEST_DB === 'postgres')('PostgreSQL outages (a server of the test’s own, the API as a process)', () => {
  let pg: OwnPostgres;
  let api: ApiProcess;
  let origin: string;

  beforeAll(async () => {
    pg = await OwnPostgres.create(); // created, not started
    // One test client puts the load on: the per-client rate limit (tests/rate-limit.test.ts) is not what this measures.
    api = startApiProcess({ env: { DATABASE_URL: pg.url(), EGOV_RATE_LIMIT_MAX: '0' } });
    origin = await api.origin();
  });
  afterAll(async () => {
    api?.killGroup();
    pg?.destroy();
  });

  it('started while the database is down: waits with a clear log line, not ready, then migrates and loads when it comes back', async () => {
    await api.waitForLine(/database unavailable \(.*ECONNREFUSED.*\): waiting for it, retrying every/, 30_000);
    expect((await fetch(`${origin}/health/live`)).status).toBe(200);
    const ready = await fetch(`${origin}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', state: 'starting' });
    const answer = await ask(origin);
    expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: expect.stringMatching(/^\d+$/) });

    pg.start();
    await api.waitForLine(/egov-vn API ready at/, 180_000);
    expect((await fetch(`${origin}/health/ready`)).status).toBe(200);
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ areas(level: PROVINCE, geography: post2025) { nodes { code } } }' }),
    });
    expect(((await res.json()) as { data: { areas: { nodes: unknown[] } } }).data.areas.nodes).toHaveLength(34);
  }, 240_000);

  describe.each([
    ['a fast shutdown', 'fast'],
    ['kill -9 of the postmaster', 'kill'],
    ['a frozen server (SIGSTOP)', 'freeze'],
  ] as const)('%s under load', (_name, kind) => {
    it('answers 503 with a code and Retry-After, never hangs, never dies, and recovers by itself within 5 s', async () => {
      const stop = new AbortController();
      const answers = load(origin, stop.signal);
      await sleep(1_000);
      const downAt = Date.now();
      let frozen: number[] = [];
      if (kind === 'fast') pg.stop('fast');
      else if (kind === 'kill') await pg.kill9();
      else frozen = pg.freeze();
      await sleep(3_000);
      if (kind === 'freeze') pg.thaw(frozen);
      else pg.start();
      const recoveryMs = await msUntilAnswered(origin, 5_000);
      stop.abort();
      const all = await answers;

      expect(api.child.exitCode).toBeNull(); // alive
      expect(recoveryMs).toBeLessThan(5_000);
      expect(all.filter((a) => a.status !== 200 && a.status !== 503)).toEqual([]);
      for (const a of all.filter((x) => x.status === 503)) {
        expect(['DATABASE_UNAVAILABLE', 'TIMEOUT']).toContain(a.code);
        expect(a.retryAfter).toMatch(/^\d+$/);
      }
      expect(all.filter((a) => a.ms > HANG_MS)).toEqual([]);
      const duringOutage = all.filter((a) => a.at > downAt + 1_000 && a.at + a.ms < downAt + 3_000);
      expect(duringOutage.length).toBeGreaterThan(0);
      expect(duringOutage.every((a) => a.status === 503)).toBe(true);
    }, 60_000);
  });

  it('wrote no stack trace to its log', () => {
    expect(api.lines.filter((l) => /\bat .*\.(ts|js):\d+/.test(l))).toEqual([]);
  });
});
