import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream, TransformStream as NodeTransformStream } from 'node:stream/web';
import { parse } from 'csv-parse/stream';
import type { EgovRequestInfo, EgovResponseInfo } from '../errors/egov-error.js';
import { EgovGraphQLError, type GraphQLErrorItem } from '../errors/graphql-error.js';
import { EgovHttpError } from '../errors/http-error.js';
import { EgovNetworkError } from '../errors/network-error.js';
import { EgovResponseError } from '../errors/response-error.js';
import type { IndicatorCode } from '../generated/vocabulary.js';
import { type DownloadFilter, downloadParams } from './download-filter.js';
import { csvRecordToRow, type DownloadRow } from './download-row.js';

/** Options of `downloadObservations()`. */
export interface DownloadOptions {
  /** `jsonl` (default) or `csv`: the same rows either way. */
  format?: 'csv' | 'jsonl' | undefined;
  /** Ask for a gzip-compressed transfer (default true); fetch decompresses it as it streams. */
  gzip?: boolean | undefined;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  /** Defaults to the platform's `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
}

/** Where the API is: a client (`createClient()`), or its GraphQL endpoint. */
export type ApiLocation = { readonly endpoint: string } | string | URL;

/**
 * The address of `/download/observations.<format>` for `filter`, next to the
 * GraphQL endpoint, on its origin (`http://host/graphql` → `http://host/download/…`), as `Release.downloads` are.
 */
export function downloadUrl<C extends IndicatorCode>(api: ApiLocation, filter: DownloadFilter<C> = {}, format: 'csv' | 'jsonl' | 'parquet' = 'jsonl'): string {
  const endpoint = typeof api === 'string' || api instanceof URL ? String(api) : api.endpoint;
  const url = new URL(`/download/observations.${format}`, endpoint);
  url.search = downloadParams(filter).toString();
  return url.href;
}

/** The download's error as the SDK's errors: the API answers with GraphQL-shaped errors and its codes. */
async function failure(response: Response, request: EgovRequestInfo): Promise<Error> {
  const text = await response.text();
  let body: unknown = text.slice(0, 2_000);
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  const info: EgovResponseInfo = { status: response.status, statusText: response.statusText, body };
  const errors = (body as { errors?: GraphQLErrorItem[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return new EgovGraphQLError(errors, null, { request, response: info });
  return new EgovHttpError(info, { request });
}

/**
 * Every figure matching `filter` from the API's bulk download, streamed: rows
 * are parsed as they arrive (csv-parse for CSV), so memory stays flat however
 * large the file. `filter.release` gives a release's figures (the same rows
 * forever). Rows are typed by the server's own record type (`DownloadRow`).
 *
 * @example
 * import { createClient } from '@egov-vn/sdk';
 * import { downloadObservations } from '@egov-vn/sdk/downloads';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * for await (const row of downloadObservations(egov, { indicator: 'dti_score', release: '2026.1' })) {
 *   console.log(row.area_name, row.period, row.value, row.source_url);
 * }
 */
export async function* downloadObservations<C extends IndicatorCode = IndicatorCode>(
  api: ApiLocation,
  filter: DownloadFilter<C> = {},
  options: DownloadOptions = {},
): AsyncGenerator<DownloadRow, void, undefined> {
  const format = options.format ?? 'jsonl';
  const url = downloadUrl(api, filter, format);
  const request: EgovRequestInfo = { endpoint: url };
  const fetchFn = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: { ...options.headers, 'accept-encoding': options.gzip === false ? 'identity' : 'gzip' },
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new EgovNetworkError(`Download from ${url} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, request });
  }
  if (!response.ok) throw await failure(response, request);
  if (!response.body) throw new EgovResponseError('The download has no body', { request });
  const body = response.body as NodeReadableStream<Uint8Array>;

  if (format === 'csv') {
    const missing = (column: string) => new EgovResponseError(`The download has no column "${column}": is the API older than this SDK?`, { request });
    // csv-parse's web stream, typed as the DOM's TransformStream: the same class as Node's.
    const parser = parse({ columns: true, bom: true }) as unknown as NodeTransformStream<Uint8Array, Record<string, string>>;
    const records = body.pipeThrough(parser);
    for await (const record of records) yield csvRecordToRow(record, missing);
    return;
  }
  const lines = createInterface({ input: Readable.fromWeb(body), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as DownloadRow;
}
