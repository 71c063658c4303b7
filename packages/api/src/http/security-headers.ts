import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

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

const csp = (directives: Directives): HelmetOptions['contentSecurityPolicy'] => ({ useDefaults: false, directives });

const DEFAULTS = {
  contentSecurityPolicy: csp(PAGE_DIRECTIVES),
  crossOriginResourcePolicy: { policy: 'cross-origin' as const },
  crossOriginEmbedderPolicy: false,
};

const EMBED_POLICY = { ...DEFAULTS, contentSecurityPolicy: csp(EMBED_DIRECTIVES), frameguard: false };
const GRAPHIQL_POLICY = { ...DEFAULTS, contentSecurityPolicy: csp(GRAPHIQL_DIRECTIVES) };

/** The policy of a route, by its address. */
function routeHelmet(url: string): HelmetOptions {
  if (url.startsWith('/embed/')) return EMBED_POLICY;
  if (url === '/graphql') return GRAPHIQL_POLICY;
  return DEFAULTS;
}

type SetHeaders = (req: IncomingMessage, res: ServerResponse, next: (error?: Error) => void) => void;
const SECURITY_HEADERS = Symbol('securityHeaders');

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
  // Helmet's middleware is built once per policy (when a route is declared), not per request: building it parses
  // the policy, which cost more than the rest of a small GraphQL request (@fastify/helmet rebuilds it every time).
  const byPolicy = new Map<HelmetOptions, SetHeaders>();
  const middleware = (options: HelmetOptions): SetHeaders => {
    let built = byPolicy.get(options);
    if (!built) byPolicy.set(options, (built = helmet(options) as SetHeaders));
    return built;
  };
  const fallback = middleware(DEFAULTS);
  app.addHook('onRoute', (route) => {
    route.config = Object.assign(route.config ?? {}, { [SECURITY_HEADERS]: middleware(routeHelmet(route.url)) });
  });
  app.addHook('onRequest', (request, reply, done) => {
    const setHeaders = (request.routeOptions.config as { [SECURITY_HEADERS]?: SetHeaders })[SECURITY_HEADERS] ?? fallback;
    setHeaders(request.raw, reply.raw, done);
  });
}
