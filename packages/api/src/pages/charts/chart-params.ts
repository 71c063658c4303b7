import { type Dimensions, GEOGRAPHIES, type Geography, isDimensionCode, isDimensionValue } from '@egov-vn/schema';
import { PageError } from '../page-error.js';

/** Areas one line chart may compare: more lines than this cannot be told apart. */
export const MAX_CHART_AREAS = 8;

/** `dims=component:OVERALL,govLevel:PROVINCE` → a checked dimension object. */
export function parseDims(raw: string | undefined): Dimensions | undefined {
  if (raw === undefined || raw === '') return undefined;
  const dims: Record<string, string> = {};
  for (const pair of raw.split(',')) {
    const [code, value] = pair.split(':');
    if (!code || !value || !isDimensionCode(code) || !isDimensionValue(code, value)) throw new PageError(400, 'BAD_PARAMETER', 'dims');
    dims[code] = value;
  }
  return dims as Dimensions;
}

export function formatDims(dims: Dimensions): string {
  return Object.entries(dims)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}

/** `areas=pre2025:17,01` → the references, at most MAX_CHART_AREAS. */
export function parseAreaList(raw: string | undefined): string[] {
  const refs = (raw ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  if (refs.length === 0) throw new PageError(400, 'BAD_PARAMETER', 'areas');
  if (refs.length > MAX_CHART_AREAS) throw new PageError(400, 'TOO_MANY_AREAS', String(MAX_CHART_AREAS));
  return [...new Set(refs)];
}

export function parseYear(raw: string | undefined, name: string): number {
  const year = Number(raw);
  if (!raw || !/^\d{4}$/.test(raw) || year < 1900 || year > 2100) throw new PageError(400, 'BAD_PARAMETER', name);
  return year;
}

/** `geography=pre2025|post2025`, absent when not given. */
export function parseGeography(raw: string | undefined): Geography | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!(GEOGRAPHIES as readonly string[]).includes(raw)) throw new PageError(400, 'BAD_PARAMETER', 'geography');
  return raw as Geography;
}
