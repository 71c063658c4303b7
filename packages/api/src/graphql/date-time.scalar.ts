import { isIsoDateTime } from '@egov-vn/schema';
import { Kind } from 'graphql';
import { builder } from './builder.js';
import { badInput } from './errors.js';

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDateTime(value)) {
    throw badInput(`Expected a moment "YYYY-MM-DDTHH:MM[:SS[.ffffff]]" with a time zone (Z or ±HH:MM), got ${JSON.stringify(value)}`, { value });
  }
  return value;
}

/**
 * A moment, ISO 8601 with a time zone. Kept as text, not a JS Date: PostgreSQL
 * moments have microseconds (`Change.at`), and a moment passed back as
 * `updatedSince` must name the same instant, not one rounded to milliseconds.
 * Output is UTC ("…Z"); a Date from the database is written with toISOString.
 */
export const DateTimeScalar = builder.scalarType('DateTime', {
  description:
    'A moment, ISO 8601 with a time zone, e.g. "2026-03-01T08:00:00.123456Z". Output is always UTC ("Z"), up to microseconds; input takes any offset ("+07:00"). A moment without a time zone is refused with BAD_USER_INPUT.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : (node as { value?: unknown }).value ?? node.kind),
});
