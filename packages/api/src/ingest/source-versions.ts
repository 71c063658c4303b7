import type { ObservationRow } from '@egov-vn/schema';
import { canonicalJson, type ObservationInput } from '../repositories/observation.repository.js';

/** The slice a figure describes, whatever its value and wherever in the text it is. */
function slot(f: { indicator_code: string; dimensions: object | string; area_id: number; period?: number | null; status: string }): string {
  const dims = typeof f.dimensions === 'string' ? (JSON.parse(f.dimensions) as object) : f.dimensions;
  return [f.indicator_code, canonicalJson(dims), f.area_id, f.period ?? '', f.status].join('|');
}

export interface VersionMatch {
  /** Figures of the new text with the figure of the previous version they continue (same slice, in text order). */
  matched: { row: ObservationInput; previous: ObservationRow; changed: boolean }[];
  /** Figures the previous version did not have. */
  added: ObservationInput[];
  /** Figures of the previous version the new text no longer carries. */
  vanished: ObservationRow[];
}

/**
 * Pairs the figures of a new version of a source with those of the previous
 * version: the same slice (indicator, dimensions, area, period, status), in
 * the order they occur. A pair is unchanged when value and qualifier agree.
 */
export function matchVersions(rows: readonly ObservationInput[], previous: readonly ObservationRow[]): VersionMatch {
  const open = new Map<string, ObservationRow[]>();
  for (const p of previous) open.set(slot(p), [...(open.get(slot(p)) ?? []), p]);
  const result: VersionMatch = { matched: [], added: [], vanished: [] };
  for (const row of rows) {
    const candidates = open.get(slot(row));
    const p = candidates?.shift();
    if (!p) result.added.push(row);
    else result.matched.push({ row, previous: p, changed: Number(p.value) !== Number(row.value) || p.qualifier !== row.qualifier });
  }
  result.vanished = [...open.values()].flat();
  return result;
}

/**
 * Gives the figures re-read from a source they were already read from the key
 * they have there (same indicator, dimensions, area and span), so that a
 * figure carried over from an earlier version keeps its identity.
 */
export function adoptKeys(rows: readonly ObservationInput[], current: readonly ObservationRow[]): ObservationInput[] {
  const identity = (f: { indicator_code: string; dimensions: object | string; area_id: number; quote_start: number; quote_end: number }) => {
    const dims = typeof f.dimensions === 'string' ? (JSON.parse(f.dimensions) as object) : f.dimensions;
    return [f.indicator_code, canonicalJson(dims), f.area_id, f.quote_start, f.quote_end].join('|');
  };
  const keys = new Map(current.map((c) => [identity(c), c.natural_key]));
  return rows.map((r) => ({ ...r, natural_key: keys.get(identity(r)) ?? r.natural_key }));
}
