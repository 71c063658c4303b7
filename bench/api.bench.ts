/**
 * API latency over real HTTP, sequential requests (one client), on the
 * embedded database and, when reachable, the machine's PostgreSQL.
 *
 *   npx tsx bench/api.bench.ts            # ROUNDS=200 by default
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createEgovYoga, type DatabaseHandle } from '@egov-vn/api';
import { onBothDatabases } from './both-databases.js';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const QUERIES = {
  'acceptance query (3 fields)': `{
    observations(filter: { indicator: "officials_with_computer_pct", area: "17" }, first: 10) {
      totalCount edges { node { value qualifier status period dimensions { govLevel } quote area { code name } source { title publishedAt } } } }
    ranking(indicator: "dti_rank", period: 2022) { rank value area { code name } }
    areas(search: "hoa binh") { nodes { code name level } } }`,
  'page of 500 observations with area, source, indicator': `{
    observations(first: 500) { totalCount edges { node { value period area { name parent { name } } source { title } indicator { nameEn } citation } } } }`,
  'area search "thanh pho ho chi minh"': `{ areas(search: "thanh pho ho chi minh") { nodes { code name level geography } } }`,
  'historical: Phú Thọ today, figures of its predecessors': `{
    observations(filter: { area: "25", geographyMode: HISTORICAL }, first: 100) { totalCount edges { node { value area { name } } } } }`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, handle: DatabaseHandle) {
  const server = createServer(createEgovYoga(handle.db));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  console.log(`\n## ${label}\n\n| query | median ms | p95 ms |\n|---|---|---|`);
  for (const [name, query] of Object.entries(QUERIES)) {
    const body = JSON.stringify({ query });
    const times: number[] = [];
    for (let i = 0; i < ROUNDS + 20; i += 1) {
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
      if (i >= 20) times.push(performance.now() - t0); // first 20 warm up
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
  }
  await new Promise<void>((r) => server.close(() => r()));
}

await onBothDatabases('egov-bench-api', measure);
