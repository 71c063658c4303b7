export { extractObservations } from './extract-observations.js';
export type { ExtractedDocument, ExtractedObservation, ExtractionResult, ExtractOptions } from './extraction.types.js';
export {
  areaDisplayName,
  buildAreaIndex,
  findAreaByHint,
  scanAreaMentions,
  resolveAreaMentions,
  resolveMention,
  provinceOf,
  districtOf,
  type AreaContext,
  type AreaIndex,
  type AreaMention,
  type AreaReference,
  type PrefixKind,
  type RawAreaMention,
} from './area-resolver.js';
export { canonicalize, canonicalPhrase, foldedPhrase, toOriginalSpan, type CanonicalText } from './canonical-text.js';
export { findTitle, isPlanTitle } from './document-title.js';
export { readGovLevel } from './gov-level.js';
export {
  findCues,
  readHead,
  readSubjectBefore,
  MATCHABLE_INDICATORS,
  type CueMatch,
  type FigureKind,
  type HeadReading,
  type SubjectClass,
} from './indicator-matcher.js';
export { findNoiseSpans, isFurnitureLine, overlapsAny } from './noise-filter.js';
export { findYearMentions, resolvePeriod, type PeriodContext, type PeriodResolution, type YearMention } from './period-resolver.js';
export { findPublicationDate, parseDateLine, type PublicationDate } from './publication-date.js';
export { combineQualifiers, readQualifierAfter, readQualifierBefore, type QualifierReading } from './qualifier.js';
export { splitSentences, trimSpan, type Clause, type Paragraph, type Sentence, type Span } from './sentence-splitter.js';
export { resolveStatus, type StatusContext, type StatusReading } from './status-resolver.js';
export { readTables, type TableCell, type TableReading } from './table-reader.js';
export { parseVietnameseNumber, readMultiplier, scaleValue, scanNumbers, type NumberToken } from './vietnamese-number.parser.js';
