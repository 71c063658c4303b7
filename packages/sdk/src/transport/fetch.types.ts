/** What the SDK passes to `fetch`: a subset of `RequestInit`, so any fetch works. */
export interface FetchInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/** What the SDK reads from a response: a subset of `Response`. */
export interface FetchResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The platform's `fetch`, or any function with its shape (a mock, undici, a proxy...). */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Headers sent with every request; a function is called before each one (e.g. to refresh a token). */
export type HeadersOption = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
