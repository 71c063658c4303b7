import { type Dimensions, INDICATORS, type ObservationRow } from '@egov-vn/schema';
import type { Db } from './db.types.js';
import { findPredecessorLinks } from './lineage.repository.js';
import { canonicalJson, listObservations } from './observation.repository.js';

/** Indicators whose values may be added up across units: counts, never percentages, ranks, levels or indices. */
export const ADDITIVE_INDICATORS: readonly string[] = INDICATORS.filter((i) => i.unit === 'count').map((i) => i.code);

/** A total computed by this API, not published by any source. */
export interface DerivedTotal {
  areaId: number;
  indicatorCode: string;
  dimensions: Dimensions;
  period: number;
  /** Exact decimal sum of the inputs. */
  value: string;
  unit: string;
  /** One figure per predecessor, in the order of the predecessors' codes. */
  inputs: ObservationRow[];
}

export interface DerivedTotalQuery {
  indicatorCodes?: readonly string[] | undefined;
  period?: number | undefined;
}

/** Exact sum of decimal strings ("27605", "9.62"), without binary rounding. */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((v) => (v.split('.')[1] ?? '').length));
  const total = values.reduce((sum, v) => {
    const [whole = '0', fraction = ''] = v.split('.');
    const negative = whole.startsWith('-');
    const units = BigInt(`${whole.replace('-', '')}${fraction.padEnd(scale, '0')}`);
    return sum + (negative ? -units : units);
  }, 0n);
  const digits = (total < 0n ? -total : total).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/\.?0+$/, '');
  return `${total < 0n ? '-' : ''}${text}`;
}

/**
 * Totals of count indicators for units formed by merging whole units, in the
 * order of `areaIds`. A total is offered only when every condition holds, and
 * never otherwise:
 * - the unit has predecessors and every one went into it in full (no split unit, so no double count);
 * - the indicator is a count (`ADDITIVE_INDICATORS`);
 * - every predecessor has a current, approved, ACTUAL, EXACT figure reported for the
 *   predecessor itself (not a descendant) for the same slice (dimensions) and the same
 *   stated period (undated figures never add up);
 * - a predecessor's figures for that slice and period agree (otherwise which to add is a judgement).
 */
export async function findDerivedTotals(db: Db, areaIds: readonly number[], q: DerivedTotalQuery = {}): Promise<DerivedTotal[][]> {
  const codes = q.indicatorCodes ? ADDITIVE_INDICATORS.filter((c) => q.indicatorCodes!.includes(c)) : ADDITIVE_INDICATORS;
  if (areaIds.length === 0) return [];
  const links = await findPredecessorLinks(db, areaIds);
  const merged = links.map((l) => (l.length > 0 && l.every((link) => link.kind === 'full') ? l : []));
  const predecessorIds = [...new Set(merged.flat().map((l) => l.area.id))];
  if (predecessorIds.length === 0 || codes.length === 0) return areaIds.map(() => []);
  const rows = await listObservations(
    db,
    {
      indicatorCodes: codes,
      areaIds: predecessorIds,
      periodFrom: q.period,
      periodTo: q.period,
      status: 'ACTUAL',
      reviewStatuses: ['APPROVED'],
    },
    { field: 'ID', direction: 'ASC' },
  );
  const dated = rows.filter((r) => r.period !== null);
  return areaIds.map((areaId, i) => {
    const predecessors = merged[i]!.map((l) => l.area);
    if (predecessors.length === 0) return [];
    const mine = dated.filter((r) => predecessors.some((p) => p.id === r.area_id));
    const slices = new Map<string, ObservationRow[]>();
    for (const r of mine) {
      const key = `${r.indicator_code}|${canonicalJson(r.dimensions)}|${r.period}`;
      slices.set(key, [...(slices.get(key) ?? []), r]);
    }
    const totals: DerivedTotal[] = [];
    for (const figures of slices.values()) {
      const inputs: ObservationRow[] = [];
      for (const p of predecessors) {
        const own = figures.filter((f) => f.area_id === p.id);
        if (own.length === 0 || own.some((f) => f.qualifier !== 'EXACT')) break;
        if (new Set(own.map((f) => Number(f.value))).size > 1) break;
        inputs.push(own[0]!);
      }
      if (inputs.length !== predecessors.length) continue;
      const first = inputs[0]!;
      totals.push({
        areaId,
        indicatorCode: first.indicator_code,
        dimensions: first.dimensions,
        period: first.period!,
        value: sumDecimals(inputs.map((f) => f.value)),
        unit: first.unit,
        inputs,
      });
    }
    return totals.sort(
      (a, b) =>
        codes.indexOf(a.indicatorCode) - codes.indexOf(b.indicatorCode) ||
        a.period - b.period ||
        canonicalJson(a.dimensions).localeCompare(canonicalJson(b.dimensions)),
    );
  });
}
