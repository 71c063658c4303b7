import {
  type AreaRow,
  type Dimensions,
  DIMENSION_VALUES,
  findIndicator,
  type IndicatorDefinition,
  type ObservationStatus,
  todayInVietnam,
} from '@egov-vn/schema';
import { countAreasAtLevel, findAreasByRefs } from '../repositories/area.repository.js';
import type { Db } from '../repositories/db.types.js';
import { CurationError } from './curation-error.js';

export interface FigureValues {
  indicator: string;
  dimensions: Dimensions;
  area: AreaRow;
  period: number | null;
  value: string;
  status: ObservationStatus;
}

/** An area by reference ("10" or "pre2025:10"); UNKNOWN_AREA otherwise. */
export async function resolveArea(db: Db, ref: string): Promise<AreaRow> {
  const [area] = await findAreasByRefs(db, [ref]);
  if (!area) throw new CurationError('UNKNOWN_AREA', `unknown area "${ref}" (give a GSO code, e.g. "10" or "post2025:10")`, { area: ref });
  return area;
}

export function resolveIndicator(code: string): IndicatorDefinition {
  const indicator = findIndicator(code);
  if (!indicator) throw new CurationError('UNKNOWN_INDICATOR', `unknown indicator code "${code}"`, { indicator: code });
  return indicator;
}

/** Every dimension of the indicator, each with a known value, and no other. */
function checkDimensions(indicator: IndicatorDefinition, dims: Dimensions): void {
  const wanted = indicator.dimensions as readonly string[];
  const extra = Object.keys(dims).filter((k) => !wanted.includes(k));
  if (extra.length > 0) throw new CurationError('INVALID_DIMENSIONS', `${indicator.code} has no dimension ${extra.join(', ')}`, { dimensions: wanted });
  for (const code of indicator.dimensions) {
    const value = dims[code];
    if (value === undefined) throw new CurationError('INVALID_DIMENSIONS', `${indicator.code} needs dimension ${code}`, { dimensions: wanted });
    if (!(DIMENSION_VALUES[code] as readonly string[]).includes(value)) {
      throw new CurationError('INVALID_DIMENSIONS', `"${value}" is not a value of ${code} (${DIMENSION_VALUES[code].join(', ')})`);
    }
  }
}

/**
 * Refuses a figure that cannot be true: a value outside its indicator's range
 * (a percentage outside 0–100, a negative count), a rank beyond the number of
 * areas it ranks, a reported (ACTUAL) figure for a year still to come.
 */
export async function validateFigure(db: Db, f: FigureValues, now: Date = new Date()): Promise<IndicatorDefinition> {
  const indicator = resolveIndicator(f.indicator);
  checkDimensions(indicator, f.dimensions);
  const value = Number(f.value);
  if (String(f.value).trim() === '' || !Number.isFinite(value)) throw new CurationError('INVALID_VALUE', `"${f.value}" is not a number`);
  if (indicator.unit === 'percent' && (value < 0 || value > 100)) {
    throw new CurationError('VALUE_OUT_OF_RANGE', `${indicator.code} is a percentage: ${f.value} is outside 0–100`, { min: 0, max: 100 });
  }
  if (indicator.unit === 'count' && value < 0) {
    throw new CurationError('VALUE_OUT_OF_RANGE', `${indicator.code} is a count: ${f.value} is negative`, { min: 0 });
  }
  if (indicator.unit === 'rank') {
    const areas = await countAreasAtLevel(db, f.area.geography, f.area.level);
    if (!Number.isInteger(value) || value < 1 || value > areas) {
      throw new CurationError(
        'RANK_OUT_OF_RANGE',
        `${indicator.code}: rank ${f.value} is not between 1 and ${areas}, the number of ${f.area.level.toLowerCase()} units of ${f.area.geography}`,
        { min: 1, max: areas },
      );
    }
  }
  if (value < indicator.min || (indicator.max !== null && value > indicator.max)) {
    throw new CurationError('VALUE_OUT_OF_RANGE', `${indicator.code}: ${f.value} is outside [${indicator.min}, ${indicator.max ?? '∞'}]`, {
      min: indicator.min,
      max: indicator.max,
    });
  }
  if (f.period !== null) {
    if (!Number.isInteger(f.period) || f.period < 1900 || f.period > 2100) {
      throw new CurationError('INVALID_VALUE', `period ${f.period} is not a year between 1900 and 2100`);
    }
    const thisYear = Number(todayInVietnam(now).slice(0, 4));
    if (f.status === 'ACTUAL' && f.period > thisYear) {
      throw new CurationError('FUTURE_ACTUAL', `an ACTUAL figure cannot describe ${f.period}, a year still to come (a plan is a TARGET)`, {
        period: f.period,
      });
    }
  }
  return indicator;
}
