/**
 * What the SDK costs over a raw `fetch` of the same request, against the real
 * API on this machine: a child process serving the full dataset from an
 * in-memory PGlite over loopback HTTP (so the server does not share the
 * client's event loop).
 *
 * - `query()`: client.query(text, variables) vs fetch + JSON.parse of the same body.
 * - `ranking()`: the high-level call (63 entries mapped, each with provenance)
 *   vs fetch + JSON.parse of the exact request it sends.
 * - in-process: the same calls with an injected fetch that answers at once from
 *   memory, to show the SDK's own CPU time without network or database.
 *
 * Rounds alternate raw and SDK so drift hits both equally; the first rounds
 * warm up and are dropped.
 *
 *   npx pnpm@10.34.8 --filter @egov-vn/sdk build && npx tsx bench/sdk-overhead.ts [iterations=400]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createClient, type FetchLike } from '@egov-vn/sdk';

if (process.argv[2] === '--serve') {
  const { createEgovYoga, loadDataset, migrateToLatest, openDatabase } = await import('@egov-vn/api');
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  await loadDataset(database.db);
  const server = createServer(createEgovYoga(database.db));
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
  process.stdin.on('end', () => server.close(() => void database.close().then(() => process.exit(0))));
  process.stdin.resume();
  await new Promise(() => {});
}

const ITERATIONS = Number(process.argv[2] ?? 400);
const WARMUP = 50;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

async function compare(label: string, raw: () => Promise<unknown>, sdk: () => Promise<unknown>) {
  const rawTimes: number[] = [];
  const sdkTimes: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const order = i % 2 === 0 ? ([raw, sdk] as const) : ([sdk, raw] as const);
    for (const run of order) {
      const start = performance.now();
      await run();
      const elapsed = performance.now() - start;
      if (i >= WARMUP) (run === raw ? rawTimes : sdkTimes).push(elapsed);
    }
  }
  const r = stats(rawTimes);
  const s = stats(sdkTimes);
  console.log(
    `| ${label} | ${ms(r.median)} | ${ms(s.median)} | ${ms(s.median - r.median)} | ${ms(r.p95)} | ${ms(s.p95)} | ${ms(s.p95 - r.p95)} |`,
  );
}

const setupStart = performance.now();
const child = spawn(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--serve'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const endpoint = await new Promise<string>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  createInterface({ input: child.stdout! }).once('line', resolve);
});
console.error(`API ready in ${((performance.now() - setupStart) / 1000).toFixed(1)} s at ${endpoint}; ${ITERATIONS} iterations after ${WARMUP} warm-up`);

const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' };
const rawPost = async (body: string) => {
  const res = await fetch(endpoint, { method: 'POST', headers, body });
  return JSON.parse(await res.text()) as { data: unknown };
};

// The exact bodies the SDK sends, captured once.
const sent: string[] = [];
const capture: FetchLike = (url, init) => {
  sent.push(init.body);
  return globalThis.fetch(url, init);
};
const QUERY = 'query Figures($area: String!) { observations(filter: { area: $area }, first: 20) { totalCount edges { node { id value quote } } } }';
const VARIABLES = { area: '17' };
await createClient({ endpoint, fetch: capture }).query(QUERY, VARIABLES);
await createClient({ endpoint, fetch: capture }).ranking({ indicator: 'dti_rank', period: 2022 });
const [queryBody, rankingBody] = sent as [string, string];

const egov = createClient({ endpoint });
console.log('| over loopback HTTP | raw fetch median | SDK median | overhead | raw p95 | SDK p95 | overhead p95 |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
await compare('`query()` (20 figures)', () => rawPost(queryBody), () => egov.query(QUERY, VARIABLES));
await compare('`ranking()` (63 entries)', () => rawPost(rankingBody), () => egov.ranking({ indicator: 'dti_rank', period: 2022 }));

// In process: the server's answers replayed from memory.
const answers = new Map<string, string>();
for (const body of [queryBody, rankingBody]) answers.set(body, JSON.stringify(await rawPost(body)));
const replay: FetchLike = async (_url, init) => new Response(answers.get(init.body)!, { headers: { 'content-type': 'application/json' } });
const local = createClient({ endpoint, fetch: replay });
const rawLocal = async (body: string) => JSON.parse(await (await replay(endpoint, { method: 'POST', headers, body, signal: new AbortController().signal })).text());
console.log('\n| in process (replayed answers) | raw median | SDK median | overhead | raw p95 | SDK p95 | overhead p95 |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
await compare('`query()` (20 figures)', () => rawLocal(queryBody), () => local.query(QUERY, VARIABLES));
await compare('`ranking()` (63 entries)', () => rawLocal(rankingBody), () => local.ranking({ indicator: 'dti_rank', period: 2022 }));

child.stdin!.end();
