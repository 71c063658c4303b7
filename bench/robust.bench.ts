/**
 * The attacks of issue 14 ("Why") against a real API process, each for a few seconds from 4
 * attacking connections, while one normal client sends a normal query one after another: how much
 * later does the normal client get its answer than when the server is idle, and how large does the
 * process get (VmRSS sampled every 50 ms)? The API runs as the README starts it (embedded PGlite,
 * full dataset), with the response cache off (every normal query does its database work, and an
 * attacker varies queries anyway) and the per-client rate limit off (one load generator is one client;
 * with it on, a flood from one address would be cut at 100 requests a second).
 *
 *   npx tsx bench/robust.bench.ts [--seconds 6] [--template DIR]     # results: bench/RESULTS-robust.md
 *
 * --template: a loaded PGlite data folder to copy (else the dataset is loaded first, about a minute).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { LIMITS, loadDataset, migrateToLatest, openDatabase } from '@egov-vn/api';
import { startApiProcess } from '../tests/support/api-process.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '6' }, template: { type: 'string' }, out: { type: 'string' } } });
const SECONDS = Number(values.seconds);
const ATTACKERS = 4;
const RESULTS = values.out ?? new URL('./RESULTS-robust.md', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'egov-robust-'));
if (values.template) cpSync(values.template, dir, { recursive: true });
else {
  const handle = await openDatabase({ dataDir: dir });
  await migrateToLatest(handle.db);
  await loadDataset(handle.db);
  await handle.close();
}
const api = startApiProcess({ env: { EGOV_DATA_DIR: dir, EGOV_RESPONSE_CACHE: 'off', EGOV_RATE_LIMIT_MAX: '0', LOG_LEVEL: 'info' } });
const origin = await api.origin();
const url = `${origin}/graphql`;
for (let i = 0; i < 600 && (await fetch(`${origin}/health/ready`).catch(() => undefined))?.status !== 200; i += 1) await sleep(500);
const adminKey = (JSON.parse(readFileSync(join(dir, 'egov-server.json'), 'utf8')) as { key: string }).key;

/** VmRSS of the API process, in MB. */
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
const post = (body: unknown, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });

const NORMAL = '{ areas(level: PROVINCE, geography: pre2025, first: 63) { nodes { code name } } observations(first: 20) { nodes { figureKey value period } } }';

/** A body sent with Transfer-Encoding: chunked, generated as it is read. */
function chunked(bytes: number): ReadableStream<Uint8Array> {
  const id = JSON.stringify(Buffer.from('Area:pre2025:01').toString('base64'));
  const piece = new TextEncoder().encode(`${id},`.repeat(700));
  let sent = -1;
  return new ReadableStream({
    pull(controller) {
      if (sent < 0) controller.enqueue(new TextEncoder().encode('{"query":"query($ids:[ID!]!){nodes(ids:$ids){id}}","variables":{"ids":['));
      else if (sent < bytes) controller.enqueue(piece);
      else {
        controller.enqueue(new TextEncoder().encode(`${id}]}}`));
        controller.close();
      }
      sent = Math.max(0, sent) + piece.length;
    },
  });
}

let counter = 0;
const ids65535 = Array.from({ length: 65_535 }, (_, i) => Buffer.from(`Area:pre2025:${i}`).toString('base64'));
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** Each attack of "Why" that can be sent over HTTP; `send` makes one request and returns its status. */
const ATTACKS: { name: string; why: string; send: () => Promise<Response> }[] = [
  {
    name: 'nesting areas → children → parent → children … (215 bytes)',
    why: 'grew the heap to 4.5 GB',
    send: () => post({ query: '{ areas { nodes { children { parent { children { parent { children { code name nameEn fullName } } } } } } } }' }),
  },
  { name: '1,000 aliases of areas(first: $n)', why: 'held the server 73 s', send: () => post({ query: `query($n: Int) { ${aliases(1_000, 'areas(first: $n) { totalCount }')} }`, variables: { n: 500 } }) },
  {
    name: '15 aliases, first passed as a variable (500)',
    why: 'bypassed the cost limit',
    send: () => post({ query: `query($n: Int) { ${aliases(15, 'areas(first: $n) { nodes { code observations(first: $n) { nodes { value } } } }')} }`, variables: { n: 500 } }),
  },
  {
    name: 'heaviest allowed query (500 figures with provenance)',
    why: 'what the cost limit lets through (a 21.9 MB answer before)',
    send: () => post({ query: '{ observations(first: 500) { edges { cursor node { id figureKey value unit period quote source { url title } area { code name } } } } }' }),
  },
  { name: 'chunked 10 MB body of nodes ids', why: 'accepted past the 64 KB limit', send: () => fetch(url, { method: 'POST', headers: json, body: chunked(10 * 1024 * 1024), duplex: 'half' } as RequestInit) },
  { name: 'nodes(ids:) with 65,535 ids (1.3 MB, Content-Length)', why: 'broke the embedded database until restart', send: () => post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: ids65535 } }) },
  {
    name: 'client mistakes: non-JSON GET variables, NUL in an argument',
    why: 'answered 500 with a stack trace in the log',
    send: () =>
      (counter += 1) % 2
        ? fetch(`${url}?${new URLSearchParams({ query: '{ __typename }', variables: '{not json' })}`, { headers: { accept: json.accept } })
        : post({ query: '{ area(code: "01\\u0000") { code } }' }),
  },
  { name: 'GraphiQL page by GET, no cache validator', why: '9 MB per GET, uncached', send: () => fetch(url, { headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' } }) },
  {
    name: 'extraction: addSource with 60 KB of "80% " (admin key)',
    why: '320 KB took 33 s; 1 MB overflowed the stack',
    send: () => post({ query: 'mutation($i: AddSourceInput!) { addSource(input: $i) { candidates } }', variables: { i: { text: `${'80% '.repeat(15_000)}${(counter += 1)}`, title: 'bench' } } }, { authorization: `Bearer ${adminKey}` }),
  },
];

interface Phase {
  name: string;
  why: string;
  normal: number[];
  attacks: number;
  statuses: Map<number, number>;
  peakRss: number;
}

async function phase(name: string, why: string, attack?: () => Promise<Response>): Promise<Phase> {
  const result: Phase = { name, why, normal: [], attacks: 0, statuses: new Map(), peakRss: rss() };
  const until = performance.now() + SECONDS * 1_000;
  const sampler = setInterval(() => (result.peakRss = Math.max(result.peakRss, rss())), 50);
  const attackers = attack
    ? Array.from({ length: ATTACKERS }, async () => {
        while (performance.now() < until) {
          const status = await attack()
            .then(async (res) => (await res.arrayBuffer(), res.status))
            .catch(() => 0);
          result.attacks += 1;
          result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        }
      })
    : [];
  await sleep(attack ? 200 : 0); // the attack is under way before the normal client starts
  while (performance.now() < until) {
    const started = performance.now();
    const res = await post({ query: NORMAL });
    const body = (await res.json()) as { data?: { areas?: { nodes: unknown[] } } };
    if (res.status !== 200 || body.data?.areas?.nodes.length !== 63) throw new Error(`normal query failed during "${name}": ${res.status}`);
    result.normal.push(performance.now() - started);
  }
  await Promise.all(attackers);
  clearInterval(sampler);
  return result;
}

const idleRss = rss();
const phases: Phase[] = [await phase('idle (baseline)', '')];
for (const a of ATTACKS) phases.push(await phase(a.name, a.why, a.send));
phases.push(await phase('idle again (after every attack)', ''));
const ready = await fetch(`${origin}/health/ready`);
api.child.kill('SIGTERM');
const exit = await api.exited;
rmSync(dir, { recursive: true, force: true });

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
const base = phases[0]!;
const rows = phases.map((p) => {
  const statuses = [...p.statuses.entries()].map(([s, n]) => `${s}×${n}`).join(' ') || '—';
  return `| ${p.name} | ${p.attacks || '—'} | ${statuses} | ${p.normal.length} | ${pct(p.normal, 50).toFixed(0)} ms | ${pct(p.normal, 99).toFixed(0)} ms | **${Math.max(...p.normal).toFixed(0)} ms** | +${(Math.max(...p.normal) - Math.max(...base.normal)).toFixed(0)} ms | ${p.peakRss.toFixed(0)} MB |`;
});
const peak = Math.max(...phases.map((p) => p.peakRss));
const block = `<!-- bench:start (written by bench/robust.bench.ts) -->
\`npx tsx bench/robust.bench.ts --seconds ${SECONDS}\` — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'},
${(totalmem() / 2 ** 30).toFixed(0)} GiB. **The machine was shared with other work while this ran** (2 cores, several processes
building and testing): the absolute times are noisy; every row was measured in the same run, side by side with the idle baseline.

API process: \`node packages/api/src/main.ts\` on the embedded PGlite with the full dataset, response cache off,
rate limit off; execution deadline ${LIMITS.executionTimeoutMs / 1000} s, body limit ${LIMITS.maxBodyBytes / 1024} KiB, cost limit ${LIMITS.maxCost.toLocaleString('en')}.
Each row: ${ATTACKERS} connections send the attack back to back for ${SECONDS} s; one normal client sends
\`${NORMAL}\` one after another (every one checked: 200 with 63 provinces).

| attack | attack requests | their statuses | normal queries | normal p50 | normal p99 | normal worst | worst vs idle | peak RSS |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Idle RSS before the first phase: ${idleRss.toFixed(0)} MB; peak over the run: **${peak.toFixed(0)} MB**. After every attack \`/health/ready\` answered
${ready.status}; SIGTERM then exited with code ${exit.code}.
<!-- bench:end -->`;
let file = '';
try {
  file = readFileSync(RESULTS, 'utf8');
} catch {
  file = '# Robustness (issue 14)\n\n<!-- bench:start --><!-- bench:end -->\n';
}
writeFileSync(RESULTS, file.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, block));
console.log(block);
