// The hand-written peer of bench/compare.ts: node:http + pg, one SQL statement
// per scenario (JSON built in PostgreSQL where it nests), the same data as the
// API's answer. No framework, no validation, no caching: the floor to compare with.
//   DATABASE_URL=postgres://… PORT=5679 node bench/handwritten-server.mjs
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const CURRENT = `o.superseded_at is null and o.review_status = 'APPROVED'`;
const ORDER = `o.indicator_code, o.area_ref, coalesce(o.period, 9999), o.id`;

const routes = {
  '/q0': async () => ({ __typename: 'Query' }),
  '/q1': async () => {
    const { rows } = await pool.query(
      `select o.period, o.value::float8 as value from observation o join area a on a.id = o.area_id
       where a.geography = 'pre2025' and a.code = '17' and o.indicator_code = 'dti_rank' and ${CURRENT}
         and o.status = 'ACTUAL' and o.dimensions = '{"component":"OVERALL"}' order by coalesce(o.period, 9999), o.id`,
    );
    return { series: { observations: rows } };
  },
  '/q2': async () => {
    const { rows } = await pool.query(
      `select rank() over (order by c.value)::int as rank, c.value::float8 as value, json_build_object('code', c.code, 'name', c.name_vi) as area
       from (select distinct on (o.area_id) o.id, o.value, a.code, a.name_vi
             from observation o join area a on a.id = o.area_id join source_document s on s.id = o.source_id
             where o.indicator_code = 'dti_rank' and o.period = 2022 and o.status = 'ACTUAL' and ${CURRENT}
               and a.level = 'PROVINCE' and a.geography = 'pre2025' and o.dimensions = '{"component":"OVERALL"}'
             order by o.area_id, s.role = 'PRIMARY' desc, s.published_at desc nulls last, o.id) c
       order by rank, c.id`,
    );
    return { rankingTable: { entries: rows } };
  },
  '/q3': async () => {
    const { rows } = await pool.query(
      `select o.indicator_code as "indicatorCode", o.period, o.value::float8 as value,
              json_build_object('code', a.code, 'name', a.name_vi) as area, json_build_object('title', s.title, 'url', s.url) as source
       from observation o join area a on a.id = o.area_id join source_document s on s.id = o.source_id
       where ${CURRENT} order by ${ORDER} limit 100`,
    );
    return { observations: { nodes: rows } };
  },
  '/q4': async () => {
    const { rows } = await pool.query(
      `select a.code, a.name_vi as name, json_build_object('nodes', coalesce((
         select json_agg(json_build_object('indicatorCode', x.indicator_code, 'period', x.period, 'value', x.value::float8, 'source', json_build_object('title', x.title)))
         from (select o.indicator_code, o.period, o.value, s.title from observation o join source_document s on s.id = o.source_id
               where o.area_id = a.id and ${CURRENT} order by o.indicator_code, coalesce(o.period, 9999), o.id limit 50) x), '[]')) as observations
       from area a where a.level = 'PROVINCE' and a.geography = 'pre2025' order by a.code limit 63`,
    );
    return { areas: { nodes: rows } };
  },
  '/export': async () => {
    const { rows } = await pool.query(
      `select o.period, o.value::float8 as value, json_build_object('code', a.code) as area
       from observation o join area a on a.id = o.area_id
       where o.indicator_code = 'officials_with_computer_pct' and a.level = 'COMMUNE' and ${CURRENT}
       order by ${ORDER} limit 501`,
    );
    return { observations: { pageInfo: { hasNextPage: rows.length > 500 }, nodes: rows.slice(0, 500) } };
  },
};

createServer(async (req, res) => {
  const route = routes[req.url ?? ''];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = JSON.stringify({ data: await route() });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
  }
}).listen(Number(process.env.PORT ?? 5679), '127.0.0.1', function () {
  console.log(`handwritten listening at http://127.0.0.1:${this.address().port}`);
});
