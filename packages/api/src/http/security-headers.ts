import cors from '@fastify/cors';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/**
 * Public pages: our own scripts and styles only. Inline style attributes are
 * allowed because the server-rendered SVG charts carry them; scripts never inline.
 */
const PAGE_DIRECTIVES: Directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

/** Embeds are made to be framed by any newsroom's page. */
const EMBED_DIRECTIVES: Directives = { ...PAGE_DIRECTIVES, frameAncestors: ['*'] };

/**
 * GraphiQL is one bundled page whose script is inline; it runs queries typed
 * into it, and browsers may import modules from `blob:` URLs in it (the SDK
 * can be tried there).
 */
const GRAPHIQL_DIRECTIVES: Directives = {
  ...PAGE_DIRECTIVES,
  scriptSrc: ["'self'", "'unsafe-inline'", 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  imgSrc: ["'self'", 'data:', 'blob:'],
};

const csp = (directives: Directives): FastifyHelmetOptions['contentSecurityPolicy'] => ({ useDefaults: false, directives });

/** The policy of a route, by its address. */
function routeHelmet(url: string): FastifyHelmetOptions | undefined {
  if (url.startsWith('/embed/')) return { contentSecurityPolicy: csp(EMBED_DIRECTIVES), frameguard: false };
  if (url === '/graphql') return { contentSecurityPolicy: csp(GRAPHIQL_DIRECTIVES) };
  return undefined;
}

/**
 * CORS and security headers of every route, in one place:
 * - CORS is open for reading (`Access-Control-Allow-Origin: *`, never an
 *   origin reflected, `null` included) and never with credentials: no cookie
 *   or HTTP auth ever travels cross-origin. Writes need an API key in a header
 *   and a JSON body, neither of which a form or a simple request can send
 *   (form and multipart bodies are refused with 415), so they are CSRF-safe.
 * - Helmet's headers (nosniff, referrer policy, HSTS, frame options …) with a
 *   Content-Security-Policy per kind of page; resources are readable
 *   cross-origin (`Cross-Origin-Resource-Policy: cross-origin`), as open data
 *   and embeds must be.
 * Call before the routes are declared.
 */
export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    origin: '*',
    credentials: false,
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'x-request-id'],
    exposedHeaders: ['retry-after', 'x-request-id', 'etag'],
    maxAge: 86_400,
  });
  await app.register(helmet, {
    contentSecurityPolicy: csp(PAGE_DIRECTIVES),
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Helmet reads a route's own policy from its config at request time.
  app.addHook('onRoute', (route) => {
    const policy = routeHelmet(route.url);
    if (policy) route.config = Object.assign(route.config ?? {}, { helmet: policy });
  });
}
