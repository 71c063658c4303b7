import type { FetchInit, FetchLike } from '../src/index.js';

export interface RecordedCall {
  url: string;
  init: FetchInit;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string };
}

type Reply = Response | Error | ((call: RecordedCall) => Response | Promise<Response>);

/** A fetch that answers from a script, one reply per call (the last one repeats), and records each call. */
export function scriptedFetch(...replies: Reply[]): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetch = (async (url: string, init: FetchInit) => {
    const call = { url, init, body: JSON.parse(init.body) as RecordedCall['body'] };
    calls.push(call);
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(call);
    return reply!.clone();
  }) as unknown as FetchLike & { calls: RecordedCall[] };
  fetch.calls = calls;
  return fetch;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/graphql-response+json; charset=utf-8', ...headers },
  });
}

/** The connection refusal Node's fetch reports. */
export function refused(): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
}

export const ENDPOINT = 'http://egov.test/graphql';

/** One observation as the API returns it for the SDK's selection. */
export function rawObservation(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `obs-${n}`,
    figureKey: `key-${n}`,
    revision: 1,
    isCurrent: true,
    supersededBy: null,
    indicator: 'officials_with_computer_pct',
    area: { code: '17', ref: 'pre2025:17', geography: 'pre2025', level: 'PROVINCE', name: 'Hoà Bình', nameEn: 'Hoa Binh' },
    period: 2012,
    value: 80,
    valueText: '80',
    unit: 'percent',
    qualifier: 'APPROX',
    status: 'ACTUAL',
    reviewStatus: 'APPROVED',
    dimensions: { govLevel: 'PROVINCE', serviceLevel: null, component: null },
    methodology: null,
    edition: null,
    note: null,
    quote: 'gần 80% cán bộ, công chức cấp tỉnh được trang bị máy tính',
    quoteStart: 10,
    quoteEnd: 66,
    citation: '"gần 80% cán bộ, công chức cấp tỉnh được trang bị máy tính" — Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình, 2012-11-28.',
    source: {
      sourceId: 'src-1',
      contentHash: 'abc123',
      kind: 'ARTICLE',
      title: 'Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình',
      publisher: null,
      publishedAt: '2012-11-28',
      url: null,
      attribution: null,
    },
    ...overrides,
  };
}

/** A page of the observations connection. */
export function observationPage(ids: number[], next: { hasNextPage: boolean; endCursor: string | null }, totalCount = 0) {
  return json({
    data: { observations: { totalCount, pageInfo: next, edges: ids.map((n) => ({ node: rawObservation(n) })) } },
  });
}
