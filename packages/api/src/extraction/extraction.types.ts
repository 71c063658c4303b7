import type {
  AreaLevel,
  Dimensions,
  Geography,
  IndicatorCode,
  IndicatorUnit,
  ObservationStatus,
  Qualifier,
} from '@egov-vn/schema';
import type { AreaIndex } from './area-resolver.js';

/** One figure read from a document, with its provenance. */
export interface ExtractedObservation {
  indicator: IndicatorCode;
  /** `{ govLevel }`, `{ serviceLevel }`, or `{}` for indicators without dimensions. */
  dimensions: Dimensions;
  /** Always `pre2025`: the figures describe the units of their time. */
  geography: Geography;
  areaCode: string;
  areaName: string;
  areaLevel: AreaLevel;
  /** The year described, or `null` when neither the text nor the publication date gives one. */
  period: number | null;
  value: number;
  unit: IndicatorUnit;
  qualifier: Qualifier;
  status: ObservationStatus;
  /** The exact text the figure was read from: `text.slice(start, end) === quote`. */
  quote: string;
  start: number;
  end: number;
  /** The reading strategy that produced the figure (`prose`, `year-table`, `ranking-table`, ...). */
  rule: string;
  /** How sure that strategy is, 0 to 1: reviewers see the least sure candidates first. */
  confidence: number;
}

/** What the extractor learned about the document itself. */
export interface ExtractedDocument {
  title: string | null;
  /** YYYY-MM-DD: a date line of the text, else the `publishedAt` option, else `null`. */
  publishedAt: string | null;
  url: string | null;
  /** The area the document is about (its title or most mentioned unit, else the hint). */
  areaCode: string | null;
  areaName: string | null;
  areaLevel: AreaLevel | null;
}

export interface ExtractionResult {
  document: ExtractedDocument;
  observations: ExtractedObservation[];
  /** Things a reviewer should know (conflicting dates, no area found). */
  warnings: string[];
}

export interface ExtractOptions {
  /** Built once with `buildAreaIndex(loadAreas('pre2025'))`. */
  areas: AreaIndex;
  /** Area for documents that never name theirs: a GSO code or a name. A name in the text wins. */
  areaHint?: string;
  /** YYYY-MM-DD, used when the text has no date line. */
  publishedAt?: string;
  url?: string;
  /** Overrides the title read from the text. */
  title?: string;
}
