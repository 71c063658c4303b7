import type { Plugin } from 'graphql-yoga';

type FetchAPI = { Response: typeof Response };

function refusal(fetchAPI: FetchAPI, status: number, code: string, message: string, details: Record<string, unknown> = {}): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** A GET's `variables` or `extensions` parameter, when it is not a JSON object, says why. */
function malformedParameter(url: URL): string | undefined {
  for (const name of ['variables', 'extensions']) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return `The ${name} parameter is not JSON: send it as a URL-encoded JSON object`;
    }
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) return `The ${name} parameter must be a JSON object`;
  }
  return undefined;
}

/**
 * What yoga would otherwise meet as an exception of its own (a 500 with a
 * stack trace in the log): a request over the size limit (by its
 * Content-Length or its query string; a chunked body is counted by Fastify
 * while reading), and a GET whose `variables` or `extensions` is not a JSON
 * object. Both answer 4xx with a code before anything is parsed.
 */
export function requestShapePlugin(maxBytes: number): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes || url.search.length > maxBytes) {
        endResponse(refusal(fetchAPI, 413, 'PAYLOAD_TOO_LARGE', `Request larger than ${maxBytes} bytes`, { limit: 'bodySize', max: maxBytes }));
        return;
      }
      const malformed = request.method === 'GET' ? malformedParameter(url) : undefined;
      if (malformed) endResponse(refusal(fetchAPI, 400, 'BAD_REQUEST', malformed));
    },
  };
}
