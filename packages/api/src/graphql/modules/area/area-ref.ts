import { type AreaRow, isInForce } from '@egov-vn/schema';
import { findAreaCandidates, parseAreaRef } from '../../../repositories/area.repository.js';
import type { Db } from '../../../repositories/db.types.js';
import { apiError, notFound } from '../../errors.js';
import { today } from './as-of.scalar.js';

/**
 * How a plain GSO code without `asOf` picks between the units that carry it
 * (codes were reused in 2025: "01" is both pre2025:01 and post2025:01):
 * - `REPORTED`: the pre-2025 unit when one exists, else the post-2025 one. Used by
 *   observation filters and `series`: almost every published figure describes the old units.
 * - `CURRENT`: the unit in force today when one exists, else the pre-2025 one. Used by
 *   HISTORICAL observation filters, which look at the past through today's units.
 * - `UNIQUE`: the only unit with that code; AMBIGUOUS_AREA when there are two. Used by `area(code)`.
 *
 * With `asOf`, a reference always means the unit in force on that date, and
 * NOT_FOUND when none is. A ref ("post2025:01") names one unit, and asOf
 * still requires it to be in force on that date.
 */
export type PlainCodeRule = 'REPORTED' | 'CURRENT' | 'UNIQUE';

export interface AreaRefOptions {
  asOf?: string | null | undefined;
  rule?: PlainCodeRule;
}

const validity = (a: AreaRow) => ({ validFrom: a.valid_from, validTo: a.valid_to });
const describe = (a: AreaRow) =>
  `${a.geography}:${a.code} ${a.name_vi} (${a.valid_to ? `until ${a.valid_to}` : `since ${a.valid_from ?? '?'}`})`;

/**
 * Resolves area references (`"17"`, `"pre2025:17"`) by the rules of
 * `PlainCodeRule`; throws NOT_FOUND for unknown ones (or ones not in force on
 * `asOf`) and AMBIGUOUS_AREA, listing both refs, under the UNIQUE rule.
 */
export async function requireAreas(
  db: Db,
  refs: readonly string[],
  argument: string,
  options: AreaRefOptions = {},
): Promise<AreaRow[]> {
  const { asOf, rule = 'REPORTED' } = options;
  const candidates = await findAreaCandidates(db, refs);
  const missing: string[] = [];
  const notInForce: { ref: string; units: AreaRow[] }[] = [];
  const ambiguous: { ref: string; units: AreaRow[] }[] = [];
  const found = refs.map((ref, i) => {
    const units = candidates[i]!;
    if (units.length === 0) {
      missing.push(ref);
      return undefined;
    }
    if (asOf) {
      const unit = units.find((a) => isInForce(validity(a), asOf));
      if (!unit) notInForce.push({ ref, units });
      return unit;
    }
    if (rule === 'CURRENT') return units.find((a) => isInForce(validity(a), today())) ?? units[0];
    if (rule === 'UNIQUE' && units.length > 1 && parseAreaRef(ref).geography === null) {
      ambiguous.push({ ref, units });
      return undefined;
    }
    return units[0];
  });
  if (missing.length > 0) {
    throw notFound(`Unknown area code${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`, {
      argument,
      value: missing,
    });
  }
  if (notInForce.length > 0) {
    throw notFound(
      `No unit ${notInForce.map((n) => `"${n.ref}"`).join(', ')} in force on ${asOf}: ${notInForce
        .flatMap((n) => n.units.map(describe))
        .join('; ')}`,
      { argument, value: notInForce.map((n) => n.ref), asOf },
    );
  }
  if (ambiguous.length > 0) {
    const { ref, units } = ambiguous[0]!;
    throw apiError(
      'AMBIGUOUS_AREA',
      `Area code "${ref}" names ${units.length} units: ${units.map(describe).join(' and ')}. Pass asOf, or one of ${units
        .map((a) => `"${a.geography}:${a.code}"`)
        .join(', ')}.`,
      { argument, value: ref, candidates: units.map((a) => `${a.geography}:${a.code}`) },
    );
  }
  return found as AreaRow[];
}
