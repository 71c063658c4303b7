/**
 * Public pages and embeds over real HTTP (one client, sequential, asking for
 * brotli as browsers do), on the embedded database and, when reachable, the
 * machine's PostgreSQL, in one run.
 *
 *   npx tsx bench/newsroom.bench.ts        # ROUNDS=100 warm requests per address by default
 *
 * warm: the same address again and again (its drawing is in the server's cache).
 * cold: the first request for an address, over distinct addresses of the same
 *       kind (nothing drawn or cached for it yet; the process already serves).
 * first: the very first request of each kind after the server started.
 */
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { buildApp, type Db, type DatabaseHandle } from '@egov-vn/api';
import { onBothDatabases } from './both-databases.js';

const ROUNDS = Number(process.env.ROUNDS ?? 100);
/** Distinct addresses per kind for the cold numbers. */
const COLD = Number(process.env.COLD ?? 12);

/** One GET: milliseconds until the last byte, status and bytes on the wire. */
function get(origin: string, path: string): Promise<{ ms: number; status: number; wire: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(`${origin}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      let wire = 0;
      res.on('data', (chunk: Buffer) => (wire += chunk.length));
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, wire }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${percentile(s, 50).toFixed(1)} | ${percentile(s, 99).toFixed(1)}`;
};

/** The kinds measured, each with distinct addresses drawn from the data (the first is the warm one). */
async function addresses(db: Db, origin: string): Promise<Record<string, string[]>> {
  const figures = await db
    .selectFrom('observation')
    .select(['natural_key', 'revision'])
    .where('review_status', '=', 'APPROVED')
    .where('superseded_at', 'is', null)
    .orderBy('id')
    .limit(COLD)
    .execute();
  const editions = await db
    .selectFrom('observation as o')
    .innerJoin('area as a', 'a.id', 'o.area_id')
    .select(['o.indicator_code', 'o.period'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.review_status', '=', 'APPROVED')
    .where('o.superseded_at', 'is', null)
    .where('a.level', '=', 'PROVINCE')
    .where('o.period', 'is not', null)
    .groupBy(['o.indicator_code', 'o.period'])
    .having((eb) => eb.fn.countAll(), '>=', 20)
    .orderBy('o.indicator_code')
    .orderBy('o.period', 'desc')
    .limit(COLD)
    .execute();
  const provinces = await db.selectFrom('area').select(['geography', 'code']).where('level', '=', 'PROVINCE').where('geography', '=', 'pre2025').orderBy('code').limit(3 * COLD).execute();
  const indicators = await db.selectFrom('observation').select('indicator_code').distinct().orderBy('indicator_code').limit(COLD).execute();
  const sources = await db.selectFrom('source_document').select('content_hash').orderBy('id').limit(COLD).execute();
  // The warm address of each kind is the first: the journalist's (Hòa Bình, the DTI ranking) where there is one.
  const lead = (path: string, list: string[]) => [path, ...list.filter((p) => p !== path)].slice(0, COLD);
  const areaRefs = provinces.map((p) => `${p.geography}:${p.code}`);
  const lines = Array.from({ length: Math.min(COLD, Math.floor(areaRefs.length / 3)) }, (_, i) => `/embed/line?indicator=dti_rank&areas=${areaRefs.slice(3 * i, 3 * i + 3).join(',')}&dims=component:OVERALL`);
  const rankings = lead('/embed/ranking?indicator=dti_rank&period=2022', editions.map((e) => `/embed/ranking?indicator=${e.indicator_code}&period=${e.period}`));
  const cards = figures.map((f) => `/embed/figure/${f.natural_key}.${f.revision}`);
  const withFormat = (list: string[], ext: string) => list.map((u) => u.replace(/^(\/embed\/[a-z]+(?:\/[0-9a-f.]+)?)/, `$1${ext}`));
  return {
    'page: landing /': ['/', '/?lang=en'],
    'page: indicator': lead('/indicators/dti_rank', indicators.map((i) => `/indicators/${i.indicator_code}`)),
    'page: area': lead('/areas/pre2025:17', areaRefs.map((r) => `/areas/${r}`)),
    'page: figure': figures.map((f) => `/figures/${f.natural_key}.${f.revision}`),
    'page: source': sources.map((s) => `/sources/${s.content_hash.slice(0, 12)}`),
    'page: ranking': lead('/rankings/dti_rank/2022', editions.map((e) => `/rankings/${e.indicator_code}/${e.period}`)),
    'embed: card html': cards,
    'embed: card svg': withFormat(cards, '.svg'),
    'embed: card png': withFormat(cards, '.png'),
    'embed: card csv': withFormat(cards, '.csv'),
    'embed: line html': lines,
    'embed: line svg': withFormat(lines, '.svg'),
    'embed: line png': withFormat(lines, '.png'),
    'embed: line csv': withFormat(lines, '.csv'),
    'embed: ranking html': rankings,
    'embed: ranking svg': withFormat(rankings, '.svg'),
    'embed: ranking png': withFormat(rankings, '.png'),
    'embed: ranking csv': withFormat(rankings, '.csv'),
    'oembed: figure page': figures.map((f) => `/oembed?format=json&url=${encodeURIComponent(`${origin}/figures/${f.natural_key}`)}`),
  };
}

async function measure(label: string, handle: DatabaseHandle) {
  const app = await buildApp({ db: handle.db, databaseKind: handle.kind });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  const kinds = await addresses(handle.db, origin);
  const check = (path: string, status: number) => {
    if (status !== 200) throw new Error(`${path}: HTTP ${status}`);
  };
  const first = new Map<string, number>();
  const cold = new Map<string, number[]>();
  // Cold pass: every address once.
  for (const [kind, list] of Object.entries(kinds)) {
    for (const path of list) {
      const r = await get(origin, path);
      check(path, r.status);
      if (!first.has(kind)) first.set(kind, r.ms);
      cold.set(kind, [...(cold.get(kind) ?? []), r.ms]);
    }
  }
  console.log(`\n## ${label}\n`);
  console.log(`| what | addresses (cold) | first ms | cold p50 | cold p99 | warm p50 | warm p99 | bytes on the wire (br) |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  for (const [kind, list] of Object.entries(kinds)) {
    const path = list[0]!;
    const warm: number[] = [];
    let wire = 0;
    for (let i = 0; i < ROUNDS + 5; i++) {
      const r = await get(origin, path);
      check(path, r.status);
      wire = r.wire;
      if (i >= 5) warm.push(r.ms);
    }
    console.log(`| ${kind} | ${list.length} | ${first.get(kind)!.toFixed(1)} | ${fmt(cold.get(kind)!)} | ${fmt(warm)} | ${wire} |`);
  }
  await app.close();
}

console.log(`Node ${process.version}, ${ROUNDS} warm requests per kind after 5 warm-up, cold over up to ${COLD} distinct addresses per kind.`);
await onBothDatabases('egov-bench-newsroom', measure);
