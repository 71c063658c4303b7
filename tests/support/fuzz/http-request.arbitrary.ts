import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { operationArbitrary } from './operation.arbitrary.js';

/** A request as bytes on the wire: what a careless or hostile client sends. */
export interface RawRequest {
  method: string;
  /** Path and query string, as written on the request line. */
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  /** Sent with Transfer-Encoding: chunked, cut at these offsets; otherwise with Content-Length. */
  chunkedAt: number[] | undefined;
  /** Larger than the body limit on purpose: the server may cut the connection once it has answered 413. */
  oversized: boolean;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/json, text/plain',
  'garbage/////',
  '',
];
const ACCEPTS = ['application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9', 'text/html', '*/*', 'text/event-stream', 'application/xml', ';;;'];
/** Mostly the endpoint, sometimes near it. */
const PATHS = [...Array<string>(12).fill('/graphql'), '/graphql/', '/GRAPHQL', '/graphql;x', '/graphql%00', '/graphql/../graphql'];

/** Damage done to good JSON: cut, invalid UTF-8, NUL, a byte flipped. */
function damaged(json: string): fc.Arbitrary<Buffer> {
  const bytes = Buffer.from(json);
  return fc.record({ at: fc.nat({ max: bytes.length }), kind: fc.integer({ min: 0, max: 4 }), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, kind, byte }) => {
    const head = bytes.subarray(0, at);
    const tail = bytes.subarray(at);
    if (kind === 0) return head;
    if (kind === 1) return Buffer.concat([head, Buffer.from([0xff, 0xfe]), tail]);
    if (kind === 2) return Buffer.concat([head, Buffer.from([0xc3]), tail.subarray(1)]);
    if (kind === 3) return Buffer.concat([head, Buffer.from([0]), tail]);
    return Buffer.concat([head, Buffer.from([byte]), tail.subarray(1)]);
  });
}

/** JSON with the right words in the wrong shapes. */
const wrongShapes = fc
  .record(
    { query: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })), variables: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), extensions: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 })), operationName: fc.jsonValue({ maxDepth: 1 }) },
    { requiredKeys: [] },
  )
  .map((r) => JSON.stringify(r));

/** Percent-encoded UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it). */
const percent = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

/** A query-string value: good, bad JSON, or raw percent-escapes that decode to invalid UTF-8, NUL or nothing. */
const paramValue = (good: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(percent(good)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }).map(percent) },
    { weight: 2, arbitrary: fc.constantFrom('%ff%fe', '%00', '%', '%zz', '%7B', '%7Bnot%20json', '%5B1%2C2%5D', '42', 'null', '%22x%22', '%C3%28', '%ED%A0%80') },
    { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 70_000 }).map((n) => 'a'.repeat(n)) },
  );

/**
 * Malformed and odd HTTP requests to /graphql: POST bodies that are good,
 * damaged (cut JSON, invalid UTF-8, NUL bytes), random bytes, JSON of the wrong
 * shape or over the size limit; every content type a client might pick;
 * Content-Length or chunked cut at random; GETs whose query string holds bad
 * JSON, raw percent-escapes or too much.
 */
export function httpRequestArbitrary(schema: GraphQLSchema): fc.Arbitrary<RawRequest> {
  const operation = operationArbitrary(schema).map(({ mutation: _, ...op }) => op);
  const body = fc.oneof(
    { weight: 4, arbitrary: operation.map((op) => Buffer.from(JSON.stringify(op))) },
    { weight: 4, arbitrary: operation.chain((op) => damaged(JSON.stringify(op))) },
    { weight: 2, arbitrary: wrongShapes.map((s) => Buffer.from(s)) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)) },
    { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
    { weight: 1, arbitrary: fc.constantFrom(65_537, 300_000, 1_500_000).map((n) => Buffer.from(`{"query":"{ __typename }","variables":{"s":"${'x'.repeat(n)}"}}`)) },
  );
  const post = fc
    .record({
      body,
      contentType: fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined }),
      accept: fc.option(fc.constantFrom(...ACCEPTS), { nil: undefined }),
      path: fc.constantFrom(...PATHS),
      chunked: fc.boolean(),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
      method: fc.constantFrom(...Array<string>(12).fill('POST'), 'PUT', 'PATCH', 'DELETE'),
    })
    .map(({ body, contentType, accept, path, chunked, cuts, method }): RawRequest => ({
      method,
      path,
      headers: { ...(contentType !== undefined ? { 'content-type': contentType } : {}), ...(accept !== undefined ? { accept } : {}) },
      body,
      chunkedAt: chunked ? [...new Set(cuts.map((c) => c % Math.max(1, body.length)))].sort((a, b) => a - b) : undefined,
      oversized: body.length > 64 * 1024,
    }));
  const get = fc
    .record({
      op: operation,
      params: fc.subarray(['query', 'variables', 'extensions', 'operationName'], { minLength: 0 }),
      accept: fc.option(fc.constantFrom(...ACCEPTS), { nil: undefined }),
      path: fc.constantFrom(...PATHS),
    })
    .chain(({ op, params, accept, path }) => {
      const good: Record<string, string> = {
        query: op.query,
        variables: JSON.stringify(op.variables ?? {}),
        extensions: '{}',
        operationName: op.operationName ?? '',
      };
      return fc.tuple(...params.map((p) => paramValue(good[p]!).map((v) => `${p}=${v}`))).map(
        (pairs): RawRequest => ({
          method: 'GET',
          path: `${path}?${pairs.join('&')}`,
          headers: accept !== undefined ? { accept } : {},
          body: undefined,
          chunkedAt: undefined,
          oversized: pairs.join('&').length > 64 * 1024,
        }),
      );
    });
  return fc.oneof({ weight: 3, arbitrary: post }, { weight: 1, arbitrary: get });
}
