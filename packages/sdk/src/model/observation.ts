import type {
  IndicatorCode,
  IndicatorUnit,
  ObservationStatus,
  Qualifier,
  ReviewStatus,
  SourceKind,
} from '../generated/vocabulary.js';
import type { AreaLink, AreaRef } from './area.js';
import type { ObservationDimensions } from './dimensions.js';

/** Where a figure comes from: the document, the exact sentence and a ready-to-print citation. */
export interface Provenance {
  /** Pass it to `client.source()` for the full text. */
  sourceId: string;
  /** sha256 of the source text. */
  contentHash: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  /** ISO date; null when the source does not state it. */
  publishedAt: string | null;
  /** The address of the source, when it has one. */
  url: string | null;
  attribution: string | null;
  /** The exact text the figure was read from; null for a figure read from a transcribed table (see `locator`). */
  quote: string | null;
  /** Offsets of the quote (for a table, of the transcribed row) in the source text (UTF-16 code units). */
  quoteStart: number;
  quoteEnd: number;
  /** For a figure read from a table: edition, table and row, in Vietnamese ("DTI 2022, bảng xếp hạng cấp tỉnh, hạng 25"). */
  locator: string | null;
  /** The same place in English ("DTI 2022, provincial ranking table, rank 25"). */
  locatorEn: string | null;
  /** Ready to print, in Vietnamese: the quote (or, for a table, the locator), then title, outlet, date and address. */
  citation: string;
  /** The same citation in English. */
  citationEn: string;
}

/** One figure, with its provenance. */
export interface Observation<C extends IndicatorCode = IndicatorCode> {
  /** Names this version of the figure: it keeps its value after a correction. */
  id: string;
  /** Stable identity of the figure across corrections. */
  figureKey: string;
  revision: number;
  isCurrent: boolean;
  /** Id of the correction that replaced this version, if any. */
  supersededBy: string | null;
  indicator: C;
  area: AreaRef;
  /** The year described; null when the source does not say. */
  period: number | null;
  value: number;
  /** The exact decimal value, as stored. */
  valueText: string;
  unit: IndicatorUnit;
  qualifier: Qualifier;
  status: ObservationStatus;
  reviewStatus: ReviewStatus;
  dimensions: ObservationDimensions;
  /** Values computed with different methodologies are not comparable. */
  methodology: string | null;
  edition: string | null;
  note: string | null;
  provenance: Provenance;
  /** With `geographyMode: 'HISTORICAL'`: how the figure relates to the unit asked for; null otherwise. */
  via: HistoricalAttribution | null;
}

/** How a figure reached a unit asked for across the 2025 reorganisation. */
export interface HistoricalAttribution {
  /** The unit asked for, e.g. today's Phú Thọ. */
  requested: AreaRef;
  /** The old unit the figure comes through, e.g. the pre-2025 Hòa Bình; null when it lies within `requested`. */
  predecessor: AreaRef | null;
  kind: AreaLink['kind'] | null;
  /** The unit the figure was reported for (also `area`). */
  reportedFor: AreaRef;
  /** True when `reportedFor` lies inside the predecessor or the unit asked for. */
  descendant: boolean;
}
