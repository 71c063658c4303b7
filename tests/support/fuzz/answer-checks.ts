/** One answer of the API as the fuzzers saw it. */
export interface FuzzAnswer {
  /** 0 when no answer came at all. */
  status: number;
  contentType: string;
  body: string;
  ms: number;
}

/**
 * What must never be in an answer: a stack frame, a file path of the server,
 * a SQL statement or a PostgreSQL message (the internals a masked error hides).
 */
export const LEAK = /\bat (?:async )?(?:\S+ \()?[^\s()]*\/[^\s()]*:\d+:\d+\)?|node_modules|(?:^|[\s"'(=])\/(?:work|home|tmp|usr|var)\/\S|\.[cm]?[jt]s:\d+|\bselect\b[^"]{0,80}\bfrom\b|\binsert into\b|\bsyntax error at or near\b|\bviolates\b.{0,40}\bconstraint\b/i;

/** What must never be in the server's log for a client's mistake: an error-level line or a stack trace. */
export const LOGGED_FAULT = /"level":(?:50|60)|"stack"|\bat (?:async )?(?:\S+ \()?[^\s()]*\/[^\s()]*:\d+:\d+/;

/** GraphQL error codes are stable identifiers; INTERNAL_SERVER_ERROR is a masked fault, never a client's mistake. */
const CODE = /^[A-Z][A-Z_]+$/;

/**
 * Everything wrong with one answer: a 5xx, an uncoded or masked error, a leak
 * of internals, or an answer slower than `boundMs`. Empty when it is fine.
 */
export function problemsOf(answer: FuzzAnswer, boundMs: number): string[] {
  const problems: string[] = [];
  if (answer.status === 0) problems.push('no answer');
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (answer.ms > boundMs) problems.push(`answered in ${Math.round(answer.ms)} ms (bound ${boundMs} ms)`);
  // GraphiQL's page is a static bundle (it names node_modules in its code): what is checked is what a request makes us say.
  const leak = answer.contentType.startsWith('text/html') ? null : LEAK.exec(answer.body);
  if (leak) problems.push(`leaks internals: "${leak[0]}"`);
  if (/json/.test(answer.contentType)) {
    let parsed: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      problems.push('a JSON answer that does not parse');
    }
    for (const error of parsed?.errors ?? []) {
      const code = error.extensions?.code;
      if (typeof code !== 'string' || !CODE.test(code)) problems.push(`an error without a code: ${JSON.stringify(error).slice(0, 200)}`);
      else if (code === 'INTERNAL_SERVER_ERROR' || error.message === 'Unexpected error.') problems.push(`a masked fault: ${JSON.stringify(error).slice(0, 200)}`);
    }
  }
  return problems;
}
