import type { RawRelease } from '../resources/query-results.types.js';

/**
 * A named, immutable dataset version ("2026.1"): pass `name` as `release` to a
 * query or a download and the answer is the same forever. Typed from the
 * schema's `Release`; `downloads` are absolute addresses.
 */
export type Release = RawRelease;
