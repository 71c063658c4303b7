/**
 * Builds (once) the SYNTHETIC full-scale dataset for the benchmarks in the database
 * `egov_bench_synthetic` on the machine's PostgreSQL: the published dataset, then every
 * pre-2025 province, district and commune × 24 indicators × 2006–2025 (5.18 M figures)
 * generated in SQL. A second run finds the rows and does nothing.
 *
 *   node --import tsx bench/synthetic/build-synthetic.ts
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { ensureLoadedDatabase } from '../loaded-database.js';

export const SYNTHETIC_DATABASE = 'egov_bench_synthetic';
const server = process.env.EGOV_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';

export async function buildSynthetic(): Promise<string> {
  const url = `${server}/${SYNTHETIC_DATABASE}`;
  await ensureLoadedDatabase(url);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(
    `select count(*)::int as n from observation o join source_document s on s.id = o.source_id where s.content_hash = 'synthetic-benchmark-source'`,
  );
  if (rows[0].n === 0) {
    const started = Date.now();
    await client.query(readFileSync(new URL('./synthetic-observations.sql', import.meta.url), 'utf8'));
    console.error(`synthetic observations generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await client.end();
  return url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildSynthetic());
}
