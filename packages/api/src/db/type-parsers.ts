import pg from 'pg';

/**
 * Both drivers return the same JS types for the same SQL types:
 * - numeric stays a string: values are exact decimals and must not pick up
 *   binary floating-point noise before the API decides how to present them;
 * - int8 (e.g. `count(*)`) becomes a number: our counts stay far below 2^53;
 * - date stays 'YYYY-MM-DD': a `Date` would shift with the server's time zone.
 */
export const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

const identity = (value: string) => value;
const toNumber = (value: string) => Number(value);

/** Parsers for PGlite's `parsers` option. */
export const pgliteParsers = {
  [OID.INT8]: toNumber,
  [OID.NUMERIC]: identity,
  [OID.DATE]: identity,
};

let pgConfigured = false;

/** Sets the same parsers on `pg` (global to the process, so done once). */
export function configurePgTypeParsers(): void {
  if (pgConfigured) return;
  pg.types.setTypeParser(OID.INT8, toNumber);
  pg.types.setTypeParser(OID.NUMERIC, identity);
  pg.types.setTypeParser(OID.DATE, identity);
  pgConfigured = true;
}
