/**
 * A long fuzzing campaign (issue 14): the generators of tests/fuzz.test.ts, many more runs, every
 * answer checked the same way (no 5xx, no masked fault, no leak of internals, no answer slower than
 * the execution deadline + 5 s, no error or stack trace in the log), and a summary written to
 * bench/RESULTS-fuzz.md.
 *
 *   npx tsx bench/fuzz.ts [--operations 40000] [--requests 10000] [--seed N] [--template DIR] [--postgres URL] [--out FILE]
 *
 * The embedded database is built fresh (or copied from --template, a loaded PGlite data folder);
 * with --postgres (a server URL without database), a throwaway database on that server instead.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { buildApp, createApiKey, LIMITS, loadDataset, migrateToLatest, openDatabase, schema } from '@egov-vn/api';
import fc from 'fast-check';
import pg from 'pg';
import { type FuzzAnswer, LOGGED_FAULT, problemsOf } from '../tests/support/fuzz/answer-checks.js';
import { httpRequestArbitrary } from '../tests/support/fuzz/http-request.arbitrary.js';
import { type FuzzOperation, operationArbitrary } from '../tests/support/fuzz/operation.arbitrary.js';
import { sendRaw } from '../tests/support/fuzz/send-raw.js';

const { values } = parseArgs({
  options: {
    operations: { type: 'string', default: '40000' },
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    template: { type: 'string' },
    postgres: { type: 'string' },
    out: { type: 'string', default: new URL('./RESULTS-fuzz.md', import.meta.url).pathname },
  },
});
const OPERATIONS = Number(values.operations);
const REQUESTS = Number(values.requests);
const SEED = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const BOUND_MS = LIMITS.executionTimeoutMs + 5_000;

const dir = mkdtempSync(join(tmpdir(), 'egov-fuzz-'));
if (values.template) cpSync(values.template, dir, { recursive: true });
const throwaway = `egov_fuzz_${process.pid}`;
const admin = values.postgres ? new pg.Client({ connectionString: `${values.postgres}/postgres` }) : undefined;
if (admin) {
  await admin.connect();
  await admin.query(`create database ${throwaway}`);
}
const database = admin ? await openDatabase({ url: `${values.postgres}/${throwaway}` }) : await openDatabase({ dataDir: dir });
if (!values.template || admin) {
  await migrateToLatest(database.db);
  await loadDataset(database.db);
}
let logged = '';
let logLines = 0;
const stream = new Writable({
  write(chunk, _encoding, done) {
    logLines += 1;
    const line = String(chunk);
    if (LOGGED_FAULT.test(line)) logged += line;
    done();
  },
});
const app = await buildApp({ db: database.db, databaseKind: admin ? 'postgres' : 'pglite', logger: { level: 'info', stream }, rateLimit: { max: 0, writeMax: 0, windowMs: 60_000, redisUrl: undefined } });
const origin = await app.listen({ port: 0, host: '127.0.0.1' });
const adminKey = (await createApiKey(database.db, 'fuzz', 'admin')).key;

interface Tally {
  runs: number;
  statuses: Map<number, number>;
  codes: Map<string, number>;
  withData: number;
  problems: { what: string; problems: string[] }[];
  times: number[];
  ms: number;
}
const tally = (): Tally => ({ runs: 0, statuses: new Map(), codes: new Map(), withData: 0, problems: [], times: [], ms: 0 });
const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

function record(t: Tally, answer: FuzzAnswer, what: unknown) {
  t.runs += 1;
  t.times.push(answer.ms);
  bump(t.statuses, answer.status);
  const problems = problemsOf(answer, BOUND_MS);
  if (problems.length) t.problems.push({ what: JSON.stringify(what).slice(0, 500), problems });
  if (/json/.test(answer.contentType)) {
    try {
      const body = JSON.parse(answer.body);
      if (body.data && !body.errors) t.withData += 1;
      for (const e of body.errors ?? []) bump(t.codes, String(e.extensions?.code));
    } catch {
      /* counted by problemsOf */
    }
  }
}

async function ask(op: FuzzOperation, byGet: boolean, modern: boolean, withKey: boolean): Promise<FuzzAnswer> {
  const headers: Record<string, string> = { accept: modern ? 'application/graphql-response+json' : 'application/json' };
  if (withKey) headers.authorization = `Bearer ${adminKey}`;
  const started = performance.now();
  const res = byGet
    ? await app.inject({ method: 'GET', url: `/graphql?${new URLSearchParams({ query: op.query, variables: JSON.stringify(op.variables ?? null), ...(op.operationName ? { operationName: op.operationName } : {}) })}`, headers })
    : await app.inject({ method: 'POST', url: '/graphql', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ query: op.query, variables: op.variables, operationName: op.operationName }) });
  return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body, ms: performance.now() - started };
}

const operations = tally();
let started = performance.now();
const opSamples = fc.sample(fc.tuple(operationArbitrary(schema), fc.boolean(), fc.boolean(), fc.boolean()), { numRuns: OPERATIONS, seed: SEED });
for (const [op, byGet, modern, withKey] of opSamples) record(operations, await ask(op, byGet && !op.mutation, modern, withKey && op.mutation), op);
operations.ms = performance.now() - started;

const requests = tally();
started = performance.now();
const rawSamples = fc.sample(httpRequestArbitrary(schema), { numRuns: REQUESTS, seed: SEED });
for (const raw of rawSamples) record(requests, await sendRaw(origin, raw, BOUND_MS + 1_000), { ...raw, body: raw.body?.subarray(0, 300).toString('latin1') });
requests.ms = performance.now() - started;

await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
if (admin) {
  await admin.query(`drop database ${throwaway}`);
  await admin.end();
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
const table = (m: Map<string | number, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const section = (title: string, t: Tally) => t.runs === 0 ? '' : `### ${title}

- runs: ${t.runs} in ${(t.ms / 1000).toFixed(1)} s; answered with data and no error: ${t.withData}
- HTTP statuses: ${table(t.statuses)}
- error codes: ${table(t.codes) || '—'}
- time per answer: p50 ${pct(t.times, 50).toFixed(1)} ms, p99 ${pct(t.times, 99).toFixed(1)} ms, max ${Math.max(...t.times).toFixed(1)} ms (bound ${BOUND_MS} ms)
- **problems: ${t.problems.length}**${t.problems
  .slice(0, 20)
  .map((p) => `\n  - ${p.problems.join('; ')} — \`${p.what.replace(/`/g, "'")}\``)
  .join('')}
`;
const report = `# Fuzzing campaign (issue 14)

\`npx tsx bench/fuzz.ts --operations ${OPERATIONS} --requests ${REQUESTS} --seed ${SEED}\` — ${new Date().toISOString()}, Node ${process.version},
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${admin ? 'PostgreSQL (local server)' : 'embedded PGlite'} with the full dataset, one client, requests one after another.
The machine was shared with other work while this ran (times are indicative; the bound is what matters).

Generators: \`tests/support/fuzz/\` (the same as \`tests/fuzz.test.ts\`, which runs ${'fewer'} in CI). Operations go through the
whole app without a socket (\`app.inject\`: POST, or GET for queries; mutations sometimes with an admin key, so writes run);
malformed requests go over a real socket (bad JSON, invalid UTF-8, NUL bytes, wrong content types and methods,
chunked bodies cut at random, bodies and query strings over the limit).

Checked on every answer: no 5xx, no masked fault (INTERNAL_SERVER_ERROR), every error with a code, no stack frame,
file path or SQL in the answer, no answer slower than the execution deadline + 5 s; and over the whole run no
error-level line or stack trace in the pino log (${logLines} lines logged; faults logged: ${logged ? logged.split('\n').length - 1 : 0}).

${section(`Generated operations (${OPERATIONS})`, operations)}
${section(`Malformed HTTP requests (${REQUESTS})`, requests)}
${logged ? `### Logged faults\n\n\`\`\`\n${logged.slice(0, 5_000)}\n\`\`\`\n` : ''}`;
writeFileSync(values.out!, report);
console.log(report);
process.exit(operations.problems.length + requests.problems.length + (logged ? 1 : 0) > 0 ? 1 : 0);
