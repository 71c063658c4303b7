import { type Dimensions, DIMENSION_VALUES, findIndicator, type Geography, type SourceKind } from '@egov-vn/schema';
import type { ObservationInput } from '../repositories/observation.repository.js';
import { naturalKey, tableFigureKey } from './natural-key.js';

export interface FigureInput {
  sourceId: number;
  sourceHash: string;
  sourceText: string;
  /** A TABLE source is egov-vn's transcription of a table: what the offsets locate is a transcribed row, not a quote. */
  sourceKind: SourceKind;
  indicator: string;
  dimensions: Dimensions;
  geography: Geography;
  areaCode: string;
  areaId: number;
  period: number | null;
  value: string;
  qualifier: ObservationInput['qualifier'];
  status: ObservationInput['status'];
  reviewStatus: ObservationInput['review_status'];
  /** The text at `start`–`end` of the source: its words, or for a transcribed table the row (stored as `transcribed_row`). */
  quote: string;
  start: number;
  end: number;
  edition?: string | null;
  methodology?: string | null;
  /** For a figure read from a table: edition, table and row (see `ObservationTable.locator`). */
  locator?: string | null;
  /** The same locator in English. */
  locatorEn?: string | null;
  note?: string | null;
  /**
   * For a figure of a transcribed table: the page it was read from and its
   * period. Its identity is then the page and slice, not the offsets in the
   * transcription (which move when rows are added).
   */
  tableRow?: { url: string; period: number | null };
}

/**
 * Checks a figure against the vocabulary and its source text, and turns it into
 * an observation row. Throws on anything that would publish a wrong figure:
 * unknown code, a missing or foreign dimension, a value out of range, or a
 * quote the offsets do not reproduce.
 */
export function toObservationRow(f: FigureInput): ObservationInput {
  const indicator = findIndicator(f.indicator);
  if (!indicator) throw new Error(`unknown indicator code "${f.indicator}"`);
  const dims: Record<string, string> = {};
  for (const code of indicator.dimensions) {
    const value = f.dimensions[code];
    if (value === undefined) throw new Error(`${f.indicator}: dimension "${code}" missing`);
    if (!(DIMENSION_VALUES[code] as readonly string[]).includes(value)) {
      throw new Error(`${f.indicator}: "${value}" is not a value of ${code}`);
    }
    dims[code] = value;
  }
  const extra = Object.keys(f.dimensions).filter((k) => !(indicator.dimensions as readonly string[]).includes(k));
  if (extra.length > 0) throw new Error(`${f.indicator}: unexpected dimension(s) ${extra.join(', ')}`);
  const value = Number(f.value);
  if (!Number.isFinite(value) || value < indicator.min || (indicator.max !== null && value > indicator.max)) {
    throw new Error(`${f.indicator}: value ${f.value} outside [${indicator.min}, ${indicator.max ?? '∞'}]`);
  }
  if (f.sourceText.slice(f.start, f.end) !== f.quote) {
    throw new Error(`${f.indicator}: offsets ${f.start}-${f.end} do not reproduce the quote "${f.quote}"`);
  }
  return {
    natural_key: f.tableRow
      ? tableFigureKey({ ...f.tableRow, indicator: f.indicator, dimensions: dims, geography: f.geography, areaCode: f.areaCode })
      : naturalKey({
          sourceHash: f.sourceHash,
          indicator: f.indicator,
          dimensions: dims,
          geography: f.geography,
          areaCode: f.areaCode,
          quoteStart: f.start,
          quoteEnd: f.end,
        }),
    indicator_code: f.indicator,
    dimensions: JSON.stringify(dims),
    area_id: f.areaId,
    period: f.period,
    value: f.value,
    unit: indicator.unit,
    qualifier: f.qualifier,
    status: f.status,
    review_status: f.reviewStatus,
    source_id: f.sourceId,
    // A transcribed table's row is not the source's words: it is kept apart, never as a quote.
    quote: f.sourceKind === 'TABLE' ? null : f.quote,
    transcribed_row: f.sourceKind === 'TABLE' ? f.quote : null,
    quote_start: f.start,
    quote_end: f.end,
    edition: f.edition ?? null,
    methodology: f.methodology ?? null,
    locator: f.locator ?? null,
    locator_en: f.locatorEn ?? null,
    note: f.note ?? null,
    reviewed_at: f.reviewStatus === 'CANDIDATE' ? null : new Date(),
  };
}
