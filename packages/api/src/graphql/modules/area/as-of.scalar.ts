import { isIsoDate, todayInVietnam } from '@egov-vn/schema';
import { Kind } from 'graphql';
import { builder } from '../../builder.js';
import { badInput } from '../../errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput(`Expected a date "YYYY-MM-DD" between 1900 and 2100, got ${JSON.stringify(value)}`, { value });
  }
  return value;
}

/**
 * A calendar date, ISO 8601 "YYYY-MM-DD". A malformed or impossible date
 * ("2020-13-01", "2021-02-29", "yesterday") is refused with BAD_USER_INPUT.
 */
export const DateScalar = builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 "YYYY-MM-DD" (1900-01-01 to 2100-12-31).',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : (node as { value?: unknown }).value ?? node.kind),
});

/** The default `asOf`: today's date in Vietnam. */
export const today = (): string => todayInVietnam();

/** Description shared by every `asOf` argument. */
export const AS_OF_DESCRIPTION =
  'A date: the units in force on it ("YYYY-MM-DD"). Pre-2025 units are in force until 2025-06-30 (their start is not recorded, so any earlier date means them); post-2025 units from 2025-07-01.';
