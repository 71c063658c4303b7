/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement the API runs for each scenario,
 * on a PostgreSQL database (the 5 M-row synthetic one by default). Prints the
 * plans; bench/RESULTS.md quotes the timings.
 *
 *   node --import tsx bench/explain.ts [postgres://…/egov_bench_synthetic] [Q3 …]
 */
import { createEgovYoga, openDatabase } from '@egov-vn/api';
import pg from 'pg';
import { SCENARIOS } from './scenarios.js';

const url = process.argv[2]?.startsWith('postgres') ? process.argv[2] : 'postgres://postgres@127.0.0.1:5432/egov_bench_synthetic';
const only = process.argv.slice(2).filter((a) => !a.startsWith('postgres'));
const statements: { sql: string; parameters: readonly unknown[] }[] = [];
const { db, close } = await openDatabase({ url, onQuery: (sql, parameters) => statements.push({ sql, parameters }) });
const yoga = createEgovYoga(db);
const client = new pg.Client({ connectionString: url });
await client.connect();

for (const scenario of SCENARIOS.filter((s) => only.length === 0 || only.includes(s.name))) {
  statements.length = 0;
  const res = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.query }),
  });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors)}`);
  console.log(`\n######## ${scenario.name}: ${scenario.title} — ${statements.length} statements`);
  for (const s of [...statements]) {
    const { rows } = await client.query(`explain (analyze, buffers) ${s.sql}`, s.parameters as unknown[]);
    const plan = rows.map((r) => r['QUERY PLAN'] as string);
    console.log(`\n-- ${s.sql.slice(0, 400)}\n-- parameters: ${JSON.stringify(s.parameters).slice(0, 200)}`);
    console.log(plan.join('\n'));
  }
}
await client.end();
await close();
