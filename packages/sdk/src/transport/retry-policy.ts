/** How failed attempts are retried. Only safe failures are: network errors, 429 and 503. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retrying off). */
  limit: number;
  /** First backoff delay; it doubles at each retry, with jitter (default 300 ms). */
  baseDelayMs?: number;
  /** Longest wait before a retry, `Retry-After` included: a longer `Retry-After` is not waited for (default 30 s). */
  maxDelayMs?: number;
}

export interface RetryPolicy {
  limit: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { limit: 2, baseDelayMs: 300, maxDelayMs: 30_000 };

/** The policy for `retries: 3` or `retries: { limit: 3, baseDelayMs: 100 }`. */
export function retryPolicy(option: number | RetryOptions | undefined, fallback: RetryPolicy = DEFAULT_RETRY): RetryPolicy {
  if (option === undefined) return fallback;
  const policy = typeof option === 'number' ? { ...fallback, limit: option } : { ...fallback, ...option };
  if (!Number.isInteger(policy.limit) || policy.limit < 0) throw new RangeError(`retries must be a whole number ≥ 0, got ${policy.limit}`);
  return policy;
}

/** Statuses that mean "try again later" and are safe to retry for a read-only API. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/**
 * `Retry-After` in milliseconds: delay-seconds ("120") or an HTTP date.
 * `undefined` when absent or unreadable.
 *
 * @example
 * import { parseRetryAfter } from '@egov-vn/sdk';
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT'); // ms until then (0 if past)
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before retry number `attempt` (1 after the first failure), or
 * `undefined` when no retry should happen: retries used up, or the server asks
 * for a longer wait than `maxDelayMs`.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random: () => number = Math.random): number | undefined {
  if (attempt > policy.limit) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
