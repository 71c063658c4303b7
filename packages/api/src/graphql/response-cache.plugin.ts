import { createHash } from 'node:crypto';
import { useResponseCache } from '@envelop/response-cache';
import { getOperationAST, type GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { CacheStores } from '../cache/cache-stores.js';
import type { DataVersionReader } from '../cache/data-version.js';
import { classifyDatabaseError } from '../db/database-errors.js';
import type { DatabaseHealth } from '../db/database-health.js';
import type { Context } from './context.js';
import { databaseTimeout, databaseUnavailable } from './database-faults.plugin.js';

export interface ResponseCacheOptions {
  stores: CacheStores;
  versions: DataVersionReader;
  ttlMs: number;
  /** `max-age` of cacheable GET answers (see config.ts). */
  httpMaxAgeSeconds: number;
  health?: DatabaseHealth | undefined;
  retryAfterSeconds: number;
}

type RequestContext = Context & { request: Request; params: GraphQLParams };

/**
 * Cached answers for public queries (no API key), keyed on the data version
 * and the request: an answer is reused exactly until a write changes any data
 * (the version is read from the database for every request, one statement
 * shared by the requests waiting for it, under the same timeouts and outage
 * rules as every statement, so a database that is away gives a 503, never a
 * stale answer). GET answers are HTTP-cacheable: a weak ETag (the key, the same
 * in every process) and `Cache-Control`, 304 to a matching If-None-Match.
 */
export function responseCachePlugins(options: ResponseCacheOptions): Plugin[] {
  const keyOf = new WeakMap<object, string>();
  const etagOf = new WeakMap<Request, string>();
  const cacheControl = `public, max-age=${options.httpMaxAgeSeconds}, must-revalidate`;

  const fault = (error: unknown): GraphQLError => {
    const { health, retryAfterSeconds } = options;
    if (health?.outage.aborted) return databaseUnavailable(health, retryAfterSeconds);
    const kind = classifyDatabaseError(error);
    if (kind === 'unavailable') {
      health?.reportError(error);
      return databaseUnavailable(health, retryAfterSeconds);
    }
    if (kind === 'timeout') return databaseTimeout(retryAfterSeconds);
    throw error; // masked like any unexpected error
  };

  const versionKey: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as RequestContext;
      if (ctx.apiKey || getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      return options.versions.read(options.health?.outage).then(
        (version) => {
          const request = JSON.stringify([ctx.params.query, args.variableValues ?? null, args.operationName ?? null]);
          const key = `${version}-${createHash('sha256').update(request).digest('base64url')}`;
          keyOf.set(ctx, key);
          return {
            onExecuteDone({ result }) {
              if (!('errors' in result) || !result.errors?.length) etagOf.set(ctx.request, key);
            },
          };
        },
        (error: unknown) => setResultAndStopExecution({ errors: [fault(error)] }),
      );
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const key = etagOf.get(request);
      if (!key || response.status !== 200) {
        response.headers.set('cache-control', 'no-store');
        return;
      }
      const headers = { etag: `W/"${key}"`, 'cache-control': cacheControl, vary: 'Accept' };
      if (matches(request.headers.get('if-none-match'), key)) {
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      } else {
        for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      }
    },
  };

  return [
    versionKey,
    useResponseCache<RequestContext>({
      cache: options.stores.responses,
      session: () => null,
      enabled: (ctx) => keyOf.has(ctx),
      buildResponseCacheKey: ({ context }) => keyOf.get(context as object)!,
      getDocumentString: (args) => (args.contextValue as RequestContext).params.query ?? '',
      // Freshness comes from the version in the key, not from tracking entities.
      idFields: [],
      invalidateViaMutation: false,
      ttl: options.ttlMs,
      includeExtensionMetadata: false,
      // An answer with errors is never kept; the default says so on stderr for every one, though that is expected.
      shouldCacheResult: ({ result }) => !result.errors?.length,
    }) as Plugin,
  ];
}

/** If-None-Match: a list of (weak or strong) tags, or `*`; compared weakly (RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | null, key: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === `"${key}"`;
  });
}
