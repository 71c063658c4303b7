import type { AreaRecord } from '@egov-vn/schema';
import type { AreaIndex, AreaMention } from './area-resolver.js';
import type { CanonicalText } from './canonical-text.js';
import type { ExtractedObservation } from './extraction.types.js';
import { readEnglishProse } from './english-prose.reader.js';
import { readIndexProse } from './index-prose.reader.js';
import { readRankingTables } from './ranking-table.reader.js';
import type { Sentence, Span } from './sentence-splitter.js';

/** What a reading strategy knows of the document. */
export interface StrategyContext {
  text: string;
  areas: AreaIndex;
  title: string | null;
  publicationYear: number | null;
  docArea: AreaRecord | null;
  c: CanonicalText;
  sentences: readonly Sentence[];
  /** Resolved area mentions, sorted by start. */
  mentions: readonly AreaMention[];
  titleSpan: Span | null;
  /** True when the headline is not read (a body repeats its figures). */
  skipTitle: boolean;
  url: string | null;
}

export interface ReadingStrategy {
  name: string;
  read: (ctx: StrategyContext) => ExtractedObservation[];
}

/**
 * The readers run after the prose and year-table reader of `extract-observations.ts`, in this
 * order; a figure two readers find is kept once (the first reading wins).
 */
export const READING_STRATEGIES: readonly ReadingStrategy[] = [
  { name: 'ranking-table', read: (ctx) => readRankingTables(ctx.text, ctx.areas, ctx.title) },
  { name: 'index-prose', read: (ctx) => readIndexProse(ctx) },
  { name: 'english-prose', read: (ctx) => readEnglishProse(ctx) },
];
