/**
 * What a database error means for the client:
 * - `unavailable`: the server is away (down, restarting, unreachable, frozen, out of connections): 503, try again;
 * - `timeout`: a statement ran out of time (`statement_timeout`, a lock wait): 503, try again;
 * - `bad-input`: the input could not be stored or compared as given (a NUL byte, a number out of range): 400.
 * Anything else is a bug of ours and stays masked.
 */
export type DatabaseFault = 'unavailable' | 'timeout' | 'bad-input';

// Node's socket errors on the way to the server.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATE: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 53300 too_many_connections, 3D000 the database does not exist (yet).
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);
// 57014 query_canceled (statement_timeout), 55P03 lock_not_available (lock_timeout).
const TIMEOUT_STATES = new Set(['57014', '55P03']);

// node-postgres reports these without a code.
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /is not queryable/i,
  /Cannot use a pool after calling end/i,
  /PGlite is closed/i,
];

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const queue = [error];
  while (queue.length > 0 && chain.length < 20) {
    const next = queue.shift();
    if (next == null || typeof next !== 'object' || chain.includes(next)) continue;
    chain.push(next);
    const e = next as { cause?: unknown; originalError?: unknown; errors?: unknown };
    queue.push(e.originalError, e.cause);
    if (Array.isArray(e.errors)) queue.push(...e.errors);
  }
  return chain;
}

function classifyOne(error: unknown): DatabaseFault | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code)) return 'unavailable';
    // Class 08 is "connection exception", except 08P01, a protocol violation (our statement was malformed).
    if (code.startsWith('08') && code !== '08P01') return 'unavailable';
    if (TIMEOUT_STATES.has(code)) return 'timeout';
    if (code.startsWith('22')) return 'bad-input';
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return 'unavailable';
  return undefined;
}

// Waiting ran out, for a connection from the pool or for the probe's answer: the server may be away or only busy.
const WAITING_MESSAGES = [/timeout exceeded when trying to connect/i, /Query read timeout/i];

/** Whether `error` only says that waiting for the database ran out (not that it refused, closed or failed). */
export function isWaitTimeout(error: unknown): boolean {
  return causes(error).some((e) => {
    const { message } = e as { message?: unknown };
    return typeof message === 'string' && WAITING_MESSAGES.some((re) => re.test(message));
  });
}

/** The fault behind `error` (following `cause`, `originalError` and aggregated errors), if it is a database fault. */
export function classifyDatabaseError(error: unknown): DatabaseFault | undefined {
  for (const e of causes(error)) {
    const fault = classifyOne(e);
    if (fault) return fault;
  }
  return undefined;
}

/**
 * A short description for logs and readiness, never a stack: the message of
 * the error that makes it a database fault (not of the errors wrapping it).
 */
export function describeDatabaseError(error: unknown): string {
  const chain = causes(error);
  const culprit = chain.find((e) => classifyOne(e)) ?? chain[0] ?? error;
  const { code, message } = culprit as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' && message.length > 0 ? message : undefined;
  if (text && typeof code === 'string' && !text.includes(code)) return `${text} (${code})`;
  return text ?? (typeof code === 'string' ? code : String(error));
}
