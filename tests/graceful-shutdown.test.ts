import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCK_FILE, openDatabase } from '@egov-vn/api';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type ApiProcess, readmeStartCommand, startApiProcess } from './support/api-process.js';
import { TEST_DB } from './support/test-database.js';

/**
 * A POST whose body is sent in two halves: between them the request is in
 * flight (the server has its headers and waits for the rest).
 */
function requestInTwoHalves(origin: string, body: string) {
  const url = new URL('/graphql', origin);
  const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { 'content-type': 'application/json' } });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { response, finish: () => req.end(body.slice(half)) };
}

/** Whether a new connection is accepted at all. */
function accepts(origin: string): Promise<boolean> {
  const url = new URL('/health/live', origin);
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, agent: false }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

describe.runIf(TEST_DB === 'pglite')('SIGTERM to the README’s start command (`%s`)'.replace('%s', readmeStartCommand().flat().join(' ')), () => {
  const dir = mkdtempSync(join(tmpdir(), 'egov-shutdown-'));
  let api: ApiProcess | undefined;
  afterAll(() => {
    api?.killGroup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops accepting, finishes the requests in flight, closes the embedded database, exits 0 and leaves no process behind', async () => {
    cpSync(inject('template'), dir, { recursive: true });
    api = startApiProcess({ via: 'readme', env: { EGOV_DATA_DIR: dir } });
    const origin = await api.origin();
    await api.waitForLine(/egov-vn API ready at/, 120_000);

    const query = JSON.stringify({ query: '{ areas(level: PROVINCE, geography: pre2025, first: 100) { nodes { code name } } }' });
    const inFlight = Array.from({ length: 6 }, () => requestInTwoHalves(origin, query));
    const received = () => api!.lines.filter((l) => l.includes('"msg":"incoming request"') && l.includes('"method":"POST"')).length;
    for (let i = 0; i < 200 && received() < 6; i += 1) await sleep(50);
    expect(received()).toBe(6);

    process.kill(api.child.pid!, 'SIGTERM'); // to the launcher (npm), not to the server it runs
    await api.waitForLine(/SIGTERM: finishing requests in flight/, 10_000);
    expect(await accepts(origin)).toBe(false);

    for (const r of inFlight) r.finish();
    const answers = await Promise.all(inFlight.map((r) => r.response));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect((JSON.parse(a.body) as { data: { areas: { nodes: unknown[] } } }).data.areas.nodes).toHaveLength(63);
    }

    expect(await api.exited).toEqual({ code: 0, signal: null });
    // The launcher may exit a moment before the server it ran has closed the database:
    // wait (bounded) for the group to empty; an orphan would stay in it for good.
    for (let i = 0; i < 200 && api.groupMembers().length > 0; i += 1) await sleep(50);
    expect(api.groupMembers()).toEqual([]); // no orphan still holding the port or the folder
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const reopened = await openDatabase({ dataDir: dir });
    const { n } = await reopened.db.selectFrom('area').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(10_000);
    await reopened.close();
  }, 240_000);
});
