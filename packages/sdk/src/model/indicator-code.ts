import { INDICATOR_CODES, type IndicatorCode } from '../generated/vocabulary.js';

const CODES: ReadonlySet<string> = new Set(INDICATOR_CODES);

/**
 * Narrows a code held in a plain string (a CSV cell, a URL parameter) to the
 * `IndicatorCode` union, so it can be passed where the SDK wants one.
 *
 * @example
 * const code = url.searchParams.get('indicator');
 * if (isIndicatorCode(code)) await egov.indicator(code);
 */
export function isIndicatorCode(value: unknown): value is IndicatorCode {
  return typeof value === 'string' && CODES.has(value);
}
