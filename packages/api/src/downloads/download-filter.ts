import { AREA_LEVELS, DIMENSION_VALUES, GEOGRAPHIES, OBSERVATION_STATUSES, QUALIFIERS } from '@egov-vn/schema';
import { httpError } from '../http/http-error.js';

/** A query string as Fastify parses it: a repeated key gives an array. */
export type QueryParams = Record<string, string | string[] | undefined>;

/** The ObservationFilter fields a download takes, by the same names as the API's (dimensions by their own names). */
const LIST_PARAMS = ['indicators', 'areas', 'qualifiers'] as const;
const TEXT_PARAMS = ['indicator', 'area', 'within', 'source', 'release', 'asOf', 'updatedSince'] as const;
const YEAR_PARAMS = ['period', 'periodFrom', 'periodTo'] as const;
const ENUM_PARAMS = { areaLevel: AREA_LEVELS, geography: GEOGRAPHIES, status: OBSERVATION_STATUSES, geographyMode: ['AS_REPORTED', 'HISTORICAL'] } as const;
export const DOWNLOAD_PARAMS: readonly string[] = [
  ...LIST_PARAMS,
  ...TEXT_PARAMS,
  ...YEAR_PARAMS,
  ...Object.keys(ENUM_PARAMS),
  ...Object.keys(DIMENSION_VALUES),
  'undated',
];

const one = (name: string, raw: string | string[]): string => {
  if (Array.isArray(raw)) throw httpError(400, 'BAD_REQUEST', `${name} may be given once`);
  return raw;
};
const list = (raw: string | string[]): string[] => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

function oneOf(name: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw httpError(400, 'BAD_REQUEST', `${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value;
}

/**
 * The query string of a download as an `ObservationFilter` argument, so the
 * API's own resolver validates and resolves it: the same filters, the same
 * errors. Unknown parameters are refused (a typo must not silently widen a download).
 */
export function downloadFilter(query: QueryParams): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const dimensions: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    if ((LIST_PARAMS as readonly string[]).includes(name)) {
      const values = list(raw);
      filter[name] = name === 'qualifiers' ? values.map((v) => oneOf(name, v, QUALIFIERS)) : values;
    } else if ((TEXT_PARAMS as readonly string[]).includes(name)) {
      filter[name] = one(name, raw);
    } else if ((YEAR_PARAMS as readonly string[]).includes(name)) {
      const value = one(name, raw);
      if (!/^\d{4}$/.test(value)) throw httpError(400, 'BAD_REQUEST', `${name} must be a year; got "${value}"`);
      filter[name] = Number(value);
    } else if (name in ENUM_PARAMS) {
      filter[name] = oneOf(name, one(name, raw), ENUM_PARAMS[name as keyof typeof ENUM_PARAMS]);
    } else if (name in DIMENSION_VALUES) {
      dimensions[name] = oneOf(name, one(name, raw), DIMENSION_VALUES[name as keyof typeof DIMENSION_VALUES]);
    } else if (name === 'undated') {
      filter.undated = oneOf(name, one(name, raw), ['true', 'false']) === 'true';
    } else {
      throw httpError(400, 'BAD_REQUEST', `unknown parameter "${name}"; a download takes ${DOWNLOAD_PARAMS.join(', ')}`);
    }
  }
  if (Object.keys(dimensions).length > 0) filter.dimensions = dimensions;
  return filter;
}
