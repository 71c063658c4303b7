/**
 * Validity of administrative units over time. Dates are ISO calendar dates
 * ("YYYY-MM-DD"), compared as strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD" between 1900 and 2100. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,6})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * True for a moment written ISO 8601 / RFC 3339 with a time zone, e.g.
 * "2026-03-01T08:00:00Z" or "2026-03-01T15:00+07:00", on a real calendar
 * date between 1900 and 2100. Up to microseconds, as PostgreSQL keeps them: a
 * `Change.at` passed back must name the same instant, not one rounded to ms.
 */
export function isIsoDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  return match !== null && isIsoDate(match[1]!);
}

/** Today's date in Vietnam (UTC+7), "YYYY-MM-DD": the default `asOf`. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Whether a unit valid from `validFrom` to `validTo` (both inclusive, null =
 * open-ended) is in force on `date`.
 *
 * @example
 * isInForce({ validFrom: null, validTo: '2025-06-30' }, '2020-01-01') // true
 */
export function isInForce(validity: { validFrom: string | null; validTo: string | null }, date: string): boolean {
  return (validity.validFrom === null || validity.validFrom <= date) && (validity.validTo === null || validity.validTo >= date);
}
