import etag from '@fastify/etag';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createCacheStores } from '../cache/cache-stores.js';
import { type QueryLimits, readCacheSettings } from '../config.js';
import type { DatabaseHealth } from '../db/database-health.js';
import type { DataSizesCache } from '../graphql/limits/data-sizes.cache.js';
import type { Db } from '../repositories/db.types.js';
import { createEgovYoga, type EgovYoga } from '../yoga.js';
import { GraphiqlPage } from './graphiql-page.js';
import { httpError } from './http-error.js';
import type { WriteCounter } from './rate-limit.js';
import { yogaLogger } from './yoga-logger.js';

/** GraphiQL is the same page for every visitor of a build: browsers keep it an hour and revalidate it by ETag. */
const GRAPHIQL_CACHE_CONTROL = 'public, max-age=3600';

/** Answers yoga streams as they come (none today): passed through untouched, uncompressed. */
const STREAMED = /^(text\/event-stream|multipart\/)/;

/**
 * Yoga's answer as a Fastify reply. Yoga builds its results whole, so they are
 * handed over as bytes: the app's compression and ETag hooks only work on
 * bytes (yoga's Response class is not the platform's).
 */
async function answer(yoga: EgovYoga, req: FastifyRequest, reply: FastifyReply, countWrite: WriteCounter | undefined) {
  const response = await yoga.handleNodeRequestAndResponse(req, reply, { countWrite: countWrite && (() => countWrite(req)) });
  const type = response.headers.get('content-type') ?? '';
  if (STREAMED.test(type)) return response;
  reply.status(response.status);
  response.headers.forEach((value, name) => void reply.header(name, value));
  return reply.send(Buffer.from(await response.arrayBuffer()));
}

/** What yoga answers with GraphiQL (a GET accepting HTML), served here from the page prepared once. */
const wantsGraphiql = (req: FastifyRequest) => req.headers.accept?.includes('text/html') ?? false;

async function sendGraphiql(page: GraphiqlPage, req: FastifyRequest, reply: FastifyReply) {
  const { encoding, body, etag } = await page.representation(req.headers['accept-encoding']);
  // The same address answers JSON to a GET query: caches keep the two apart by Accept.
  reply.type('text/html; charset=utf-8').header('cache-control', GRAPHIQL_CACHE_CONTROL).header('vary', 'Accept, Accept-Encoding').header('etag', etag);
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(body);
}

/**
 * GraphQL over HTTP at /graphql, answered by yoga. Fastify reads the body
 * (enforcing the size limit however it is sent) and hands yoga the raw text,
 * so yoga parses GraphQL requests exactly as the spec says.
 */
export interface GraphqlRoutesOptions {
  db: Db;
  readDb?: Db | undefined;
  health: DatabaseHealth;
  retryAfterSeconds: number;
  limits: QueryLimits;
  dataSizes: DataSizesCache;
  /** Counts a client's mutations against its write limit (http/rate-limit.ts); none without one. */
  countWrite?: WriteCounter | undefined;
}

export const graphqlRoutes: FastifyPluginAsync<GraphqlRoutesOptions> = async (app, { db, readDb, health, retryAfterSeconds, limits, dataSizes, countWrite }) => {
  const cacheSettings = readCacheSettings();
  const cacheStores = createCacheStores(cacheSettings, app.log);
  app.addHook('onClose', () => cacheStores.close());
  const yoga = createEgovYoga(db, { health, retryAfterSeconds, logger: yogaLogger(app.log), limits, dataSizes, cacheSettings, cacheStores, readDb, bodyLimitedByServer: true });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (body.length === 0) done(httpError(400, 'BAD_REQUEST', 'The request body is empty'));
    else done(null, body);
  });
  // Preflight (OPTIONS) is answered by the CORS plugin (http/security-headers.ts).
  app.route({ url: yoga.graphqlEndpoint, method: 'POST', handler: (req, reply) => answer(yoga, req, reply, countWrite) });
  // GET (GraphiQL, and queries in the address) is safe to revalidate: GraphiQL carries the ETag of its prepared
  // bytes, a cached query's answer the response cache's (data version + request, see response-cache.plugin.ts),
  // anything else an ETag of the bytes sent.
  const graphiql = new GraphiqlPage(async () => {
    const page = await yoga.fetch(`http://localhost${yoga.graphqlEndpoint}`, { headers: { accept: 'text/html' } });
    if (!page.ok || !page.headers.get('content-type')?.startsWith('text/html')) throw new Error(`yoga answered GraphiQL with ${page.status}`);
    return Buffer.from(await page.arrayBuffer());
  }, app.log);
  await app.register(async (get) => {
    await get.register(etag, { algorithm: 'sha1' });
    get.get(yoga.graphqlEndpoint, (req, reply) => (wantsGraphiql(req) ? sendGraphiql(graphiql, req, reply) : answer(yoga, req, reply, countWrite)));
  });
};
