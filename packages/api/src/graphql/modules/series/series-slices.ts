import type { Dimensions, ObservationRow } from '@egov-vn/schema';
import { canonicalJson } from '../../../repositories/observation.repository.js';

/** One slice (dimension values) of an indicator that has figures for a unit. */
export interface SeriesSlice {
  dimensions: Dimensions;
  observationCount: number;
  /** Stated periods, ascending. */
  periods: number[];
  undated: number;
}

/** The figures of every slice, grouped by dimension values, in the order of their canonical JSON. */
export function slicesOf(rows: readonly ObservationRow[]): SeriesSlice[] {
  const byKey = new Map<string, SeriesSlice>();
  for (const r of rows) {
    const key = canonicalJson(r.dimensions);
    let slice = byKey.get(key);
    if (!slice) byKey.set(key, (slice = { dimensions: r.dimensions, observationCount: 0, periods: [], undated: 0 }));
    slice.observationCount += 1;
    if (r.period === null) slice.undated += 1;
    else if (!slice.periods.includes(r.period)) slice.periods.push(r.period);
  }
  for (const s of byKey.values()) s.periods.sort((a, b) => a - b);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

/** "govLevel PROVINCE, component OVERALL": how a slice is named in an explanation. */
export function sliceName(d: Dimensions): string {
  const parts = Object.entries(d).map(([k, v]) => `${k} ${v}`);
  return parts.length > 0 ? parts.join(', ') : 'no dimension';
}

/**
 * Why a series is empty, in a sentence a developer can act on: the slice asked
 * for (saying which values were defaults) has no figure, and these slices do.
 * Null when the series has figures.
 */
export function emptySeriesReason(s: {
  indicatorCode: string;
  areaName: string;
  dimensions: Dimensions;
  defaulted: readonly string[];
  status: string;
  observationCount: number;
  slices: readonly SeriesSlice[];
}): string | null {
  if (s.observationCount > 0) return null;
  const asked = Object.entries(s.dimensions)
    .map(([k, v]) => `${k} ${v}${s.defaulted.includes(k) ? ' (default)' : ''}`)
    .join(', ');
  const head = `No approved ${s.status} figure of ${s.indicatorCode} for ${s.areaName}${asked ? ` in the slice ${asked}` : ''}.`;
  if (s.slices.length === 0) return `${head} The unit has no ${s.status} figure of this indicator in any slice.`;
  return `${head} Figures exist for: ${slicesSentence(s.slices)}. Ask with \`dimensions\` for one of these (see \`slicesWithData\`).`;
}

/** "govLevel PROVINCE (2012, 2013); govLevel COMMUNE (undated)": the slices that have figures, with their periods. */
function slicesSentence(slices: readonly SeriesSlice[]): string {
  return slices.map((x) => `${sliceName(x.dimensions)} (${[...x.periods.map(String), ...(x.undated > 0 ? ['undated'] : [])].join(', ')})`).join('; ');
}

/**
 * Why a series of an indicator split by a dimension without a default (a
 * service mode or level) needs it, naming the values that have figures for
 * the unit, so the caller can ask again with one of them.
 */
export function missingDimensionsReason(s: { indicatorCode: string; areaName: string; missing: readonly string[]; status: string; slices: readonly SeriesSlice[] }): string {
  const head = `${s.indicatorCode} is split by ${s.missing.join(' and ')}, which ${s.missing.length > 1 ? 'have' : 'has'} no default: give ${s.missing.map((d) => `dimensions.${d}`).join(' and ')}.`;
  if (s.slices.length === 0) return `${head} ${s.areaName} has no ${s.status} figure of this indicator in any slice.`;
  return `${head} ${s.areaName} has ${s.status} figures for: ${slicesSentence(s.slices)}.`;
}
