/**
 * Memory of a bulk download: the API process (real HTTP, real PostgreSQL)
 * streams one million figures as CSV, JSON Lines and Parquet, plain and
 * gzipped, while its resident set (VmRSS) is sampled every 50 ms. Builds the
 * database `egov_bench_download` once: the published dataset plus synthetic
 * figures (pre-2025 communes × indicators × years) up to 1,000,000 published.
 *
 *   node --import tsx bench/download.bench.ts          # results: bench/RESULTS-download.md
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { ensureLoadedDatabase } from './loaded-database.js';

const DATABASE = 'egov_bench_download';
const TARGET = 1_000_000;
const server = process.env.EGOV_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const url = `${server}/${DATABASE}`;

async function buildDatabase(): Promise<number> {
  await ensureLoadedDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async () => Number((await client.query(`select count(*) from observation where review_status = 'APPROVED' and superseded_at is null`)).rows[0].count);
  const have = await count();
  if (have < TARGET) {
    await client.query(`insert into source_document (kind, title, publisher, text, content_hash, attribution)
      values ('TABLE', 'SYNTHETIC benchmark data — not a real source', 'egov-vn bench', 'SYNTHETIC benchmark figure.', 'synthetic-download-bench', 'synthetic')
      on conflict (content_hash) do nothing`);
    // Figures like the real ones (a quote, a unit, a dimension), md5 keys so the key order is not the insert order.
    await client.query(
      `insert into observation (natural_key, indicator_code, dimensions, area_id, period, value, unit, qualifier, status,
                                review_status, source_id, quote, quote_start, quote_end, reviewed_at)
       select md5('download-bench:' || a.id || ':' || i.code || ':' || y), i.code, '{}'::jsonb, a.id, y,
              round((abs(hashtext(a.code || i.code || y)) % 100000) / 1000.0, 2), i.unit, 'EXACT', 'ACTUAL', 'APPROVED', s.id,
              'SYNTHETIC benchmark figure.', 0, 27, now()
       from (select * from area where geography = 'pre2025' and level = 'COMMUNE' order by id) a
       cross join (select * from indicator where dimensions = '[]'::jsonb order by sort_order limit 10) i
       cross join generate_series(2006, 2025) y
       cross join (select id from source_document where content_hash = 'synthetic-download-bench') s
       limit $1
       on conflict do nothing`,
      [TARGET - have],
    );
    await client.query('analyze');
  }
  const total = await count();
  await client.end();
  return total;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const figures = await buildDatabase();

/** Starts the API with `nodeFlags`, downloads each file, and reports its peak resident set. */
async function measure(label: string, nodeFlags: string[], files: readonly (readonly [string, string])[]): Promise<string[]> {
  const port = await freePort();
  const api = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'packages/api/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${origin}/health/ready`).then((r) => r.ok, () => false))) await new Promise((r) => setTimeout(r, 200));
  await new Promise((r) => setTimeout(r, 2000));
  const idle = rssMb(api.pid!);
  const rows: string[] = [];
  for (const [file, encoding] of files) {
    let peak = rssMb(api.pid!);
    const timer = setInterval(() => (peak = Math.max(peak, rssMb(api.pid!))), 50);
    const started = Date.now();
    const res = await fetch(`${origin}/download/${file}`, { headers: { 'accept-encoding': encoding } });
    let bytes = 0;
    let lines = 0;
    // Read chunk by chunk, nothing kept.
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (file.endsWith('.csv') && encoding === 'identity') for (const b of chunk) if (b === 10) lines++;
    }
    clearInterval(timer);
    peak = Math.max(peak, rssMb(api.pid!));
    const seconds = (Date.now() - started) / 1000;
    rows.push(
      `| ${label} | ${file} | ${res.headers.get('content-encoding') ?? 'identity'} | ${res.status} | ${lines ? (lines - 1).toLocaleString('en') : '—'} | ${(bytes / 1e6).toFixed(1)} MB | ${seconds.toFixed(0)} s | ${idle.toFixed(0)} MB | ${peak.toFixed(0)} MB | +${(peak - idle).toFixed(0)} MB |`,
    );
    console.error(rows.at(-1));
  }
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  return rows;
}

const ALL = [
  ['observations.csv', 'identity'],
  ['observations.csv', 'gzip'],
  ['observations.jsonl', 'identity'],
  ['observations.parquet', 'identity'],
] as const;
const rows = [
  ...(await measure('node defaults', [], [ALL[0]])),
  ...(await measure('--max-old-space-size=192', ['--max-old-space-size=192'], ALL)),
];

console.log(`Figures published in ${DATABASE}: ${figures.toLocaleString('en')} (each download is all of them).\n`);
console.log('| API process | file | encoding | status | CSV records | bytes | time | idle RSS | peak RSS | growth |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
