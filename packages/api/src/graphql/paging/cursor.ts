import { createHash } from 'node:crypto';
import { isKeyValue, type KeyValue, type SortKey } from '../../repositories/keyset.js';
import { badInput } from '../errors.js';

/**
 * The query a cursor belongs to: the list, its resolved filter and its order.
 * A cursor carries a digest of it, so a cursor from another filter or order is
 * refused instead of silently opening a page of a different list.
 */
export function cursorScope(list: string, query: unknown): string {
  return createHash('sha256').update(`${list}\n${canonicalDeep(query)}`).digest('base64url').slice(0, 16);
}

/** JSON with sorted keys at every depth; `undefined` members dropped. */
function canonicalDeep(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalDeep).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalDeep(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** An opaque cursor: the scope digest and the sort-key values of one row. */
export function encodeCursor(scope: string, key: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify([scope, key])).toString('base64url');
}

/**
 * The sort-key values a cursor names, after checking it belongs to `scope` and
 * fits `keys`; BAD_USER_INPUT otherwise.
 */
export function decodeCursor(cursor: string, scope: string, keys: readonly SortKey[], argument: 'after' | 'before'): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shaped = Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && Array.isArray(parsed[1]);
  const [digest, values] = shaped ? (parsed as [string, unknown[]]) : ['', []];
  if (shaped && digest !== scope) {
    throw badInput(
      `${argument} is a cursor of another query: a cursor only pages the list, filter and order it came from. Start again without ${argument}.`,
      { argument, reason: 'CURSOR_FOR_ANOTHER_QUERY' },
    );
  }
  if (!shaped || values.length !== keys.length || !keys.every((k, i) => isKeyValue(k.type, values[i]))) {
    throw badInput(`${argument} is not a cursor of this API: pass a cursor from pageInfo or an edge`, { argument, reason: 'MALFORMED_CURSOR' });
  }
  return values as KeyValue[];
}
