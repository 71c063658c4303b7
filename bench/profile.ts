/**
 * Where one scenario's CPU goes in the API process (issue 13):
 *
 *   node --import tsx bench/profile.ts Q4 [--seconds 10] [--connections 32] [--db postgres://…/egov_bench_real] [--top 40]
 *
 * Starts the API as `pnpm start` does (with `--cpu-prof`) over the bench database (created and loaded if missing),
 * warms it for 2 s, loads it with the scenario's query for `--seconds` with autocannon, stops it, and prints the
 * profile's self time by function and by package (garbage collection, graphql, pg, fastify, yoga, our code…).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureLoadedDatabase } from './loaded-database.js';
import { SCENARIOS } from './scenarios.js';
import { API_ENTRY } from './api-entry.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const scenario = SCENARIOS.find((s) => s.name === (process.argv[2] ?? 'Q0'))!;
const SECONDS = Number(arg('seconds', '10'));
const CONNECTIONS = Number(arg('connections', '32'));
const DB_URL = arg('db', 'postgres://postgres@127.0.0.1:5432/egov_bench_real');
const TOP = Number(arg('top', '40'));
const PORT = 5791;
const autocannon = createRequire(`${ROOT}bench/peers/`)('autocannon') as (opts: object) => Promise<any>;

await ensureLoadedDatabase(DB_URL);
const dir = mkdtempSync(`${tmpdir()}/egov-prof-`);
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...API_ENTRY], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URL: DB_URL, PORT: String(PORT), LOG_LEVEL: 'warn', EGOV_RESPONSE_CACHE: 'off', REDIS_URL: '', EGOV_RATE_LIMIT_MAX: '0' },
  stdio: 'inherit',
});
const origin = `http://127.0.0.1:${PORT}`;
for (;;) {
  const ok = await fetch(`${origin}/health/ready`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 250));
}
const request = { url: `${origin}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: scenario.query }) };
await autocannon({ ...request, connections: CONNECTIONS, duration: 2 });
const started = performance.now();
const result = await autocannon({ ...request, connections: CONNECTIONS, duration: SECONDS });
const measuredFromUs = (performance.now() - started) * 1000;
console.log(`${scenario.name} c=${CONNECTIONS}: ${result.requests.average} req/s, p99 ${result.latency.p99} ms, ${result.requests.total} requests, errors ${result.errors + result.non2xx}`);
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
const profile = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; endTime: number };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Only the measured window: the samples of the last `SECONDS` before the load stopped (warm-up and shutdown left out).
let t = profile.endTime;
const self = new Map<number, number>();
let total = 0;
for (let i = profile.samples.length - 1; i >= 0; i -= 1) {
  t -= profile.timeDeltas[i]!;
  if (profile.endTime - t > measuredFromUs + 1_500_000) break;
  const dt = profile.timeDeltas[i]!;
  self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + dt);
  total += dt;
}
const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((n, [, v]) => n + v, 0);
const busy = total - idle;
const pkg = (url: string) => {
  if (!url) return '(native)';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:*';
  const own = /\/packages\/([^/]+)\//.exec(url);
  return own ? `@egov-vn/${own[1]}` : url;
};
const add = (map: Map<string, number>, key: string, v: number) => map.set(key, (map.get(key) ?? 0) + v);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, v] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === '(idle)') continue;
  add(byFunction, `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, '')}:${lineNumber + 1}`, v);
  add(byPackage, functionName.startsWith('(') ? functionName : pkg(url), v);
}
const requests = result.requests.total as number;
const pct = (v: number) => `${((100 * v) / busy).toFixed(1).padStart(5)} %`;
console.log(`busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled; ${(busy / 1000 / requests).toFixed(2)} ms CPU per request (main thread)`);
console.log('\nby package:');
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(v)}  ${k}`);
console.log('\nby function (self):');
for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(v)}  ${k}`);
console.log(`\nprofile: ${dir}/${file}`);
