import type { Span } from './sentence-splitter.js';

/** A year expression in the canonical lower-case text. */
export interface YearMention extends Span {
  /** First year covered. */
  from: number;
  /** Last year covered; `null` for "từ năm 2010 đến nay" (until the publication date). */
  to: number | null;
  /** `COMPARISON` years ("so với năm 2011") are a baseline, never a figure's period. */
  kind: 'YEAR' | 'RANGE' | 'COMPARISON';
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;

const validYear = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{N}])';

// Order matters: the first pattern that claims a span wins.
const PATTERNS: ReadonlyArray<{ re: RegExp; kind: YearMention['kind'] | 'SINCE' }> = [
  { re: new RegExp(`${NB}so (?:với )?(?:cùng kỳ )?(?:(?:cuối|đầu|hết|giữa) )?(?:năm )?(\\d{4})${NA}`, 'gu'), kind: 'COMPARISON' },
  { re: new RegExp(`${NB}(?:từ )?(?:năm )?(\\d{4}) (?:đến|tới) nay${NA}`, 'gu'), kind: 'SINCE' },
  {
    re: new RegExp(
      `${NB}(?:(?:giai đoạn|thời kỳ|từ năm|từ|những năm|các năm|trong|năm|niên độ) )?(\\d{4})\\s*(?:-|–|—|đến|tới|và)\\s*(?:năm )?(\\d{4})${NA}`,
      'gu',
    ),
    kind: 'RANGE',
  },
  // "tính đến 30/6/2012", "đến hết ngày 31/12/2011": the date's year is the period.
  {
    re: new RegExp(
      `${NB}(?:tính )?(?:đến|tới|hết|tại thời điểm|cuối|trước)(?: hết)?(?: ngày)? \\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(\\d{4})${NA}`,
      'gu',
    ),
    kind: 'YEAR',
  },
  { re: new RegExp(`${NB}(?:tháng \\d{1,2}|quý [ivx\\d]+)\\s*[/-]\\s*(\\d{4})${NA}`, 'gu'), kind: 'YEAR' },
  { re: new RegExp(`${NB}năm (\\d{4})${NA}`, 'gu'), kind: 'YEAR' },
  {
    re: new RegExp(`${NB}(?:đến|tới|vào|trong|cuối|đầu|hết|giữa|sau|trước|từ|kể từ|niên giám|thống kê) (\\d{4})${NA}(?!\\s*[/.,]\\s*\\d)`, 'gu'),
    kind: 'YEAR',
  },
];

/**
 * Every year expression of the text, without overlaps.
 *
 * @example
 * findYearMentions('chỉ tính riêng năm 2011, ...') // [{ from: 2011, to: 2011, kind: 'YEAR', ... }]
 */
export function findYearMentions(lower: string): YearMention[] {
  const found: YearMention[] = [];
  const overlaps = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of lower.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const a = Number(m[1]);
      if (!validYear(a)) continue;
      if (kind === 'RANGE') {
        const b = Number(m[2]);
        if (!validYear(b) || b <= a || b - a > 30) continue;
        found.push({ start, end, from: a, to: b, kind: 'RANGE' });
      } else if (kind === 'SINCE') {
        found.push({ start, end, from: a, to: null, kind: 'RANGE' });
      } else {
        found.push({ start, end, from: a, to: a, kind });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Where the period of a figure came from (for tests and review). */
export type PeriodSource = 'STATED' | 'PARAGRAPH' | 'PLAN' | 'REPORT' | 'PUBLICATION' | 'NONE';

export interface PeriodResolution {
  period: number | null;
  /** True when the stated period covers several years ("giai đoạn 2011-2015"). */
  multiYear: boolean;
  source: PeriodSource;
}

export interface PeriodContext {
  years: readonly YearMention[];
  /** The figure's own span. */
  figure: Span;
  clause: Span;
  sentence: Span;
  /** Year stated at the head of the paragraph ("Năm 2011, ..." opening its first sentence), if any. */
  paragraphYear: YearMention | null;
  /** Plan year of the document ("kế hoạch ... năm 2012"), used for targets only. */
  planYear: number | null;
  /** Year of a report or yearbook named in its title ("Kết quả ... năm 2018"), used for actual figures. */
  reportYear?: number | null;
  publicationYear: number | null;
  isTarget: boolean;
  /** Other figures of the sentence: a year right after one of them belongs to it. */
  otherFigures: readonly Span[];
}

/**
 * The year a figure describes. A year stated for the figure wins (right after
 * it, else the nearest before it in its clause, then sentence, else after it
 * in its clause); then a year heading the paragraph; then, for targets, the
 * document's plan year, for actual figures the year of a report named in the
 * title; then the publication year; else `null` — never guessed.
 */
export function resolvePeriod(ctx: PeriodContext): PeriodResolution {
  const usable = ctx.years.filter((y) => y.kind !== 'COMPARISON' && y.start >= ctx.sentence.start && y.end <= ctx.sentence.end);
  const pick = (y: YearMention): PeriodResolution => {
    const to = y.to ?? ctx.publicationYear;
    return { period: to, multiYear: y.kind === 'RANGE', source: 'STATED' };
  };
  // Right after the figure: "80% (năm 2012)", "80% vào năm 2015".
  const immediate = usable.find((y) => y.start >= ctx.figure.end && y.start - ctx.figure.end <= 14);
  if (immediate && !ctx.otherFigures.some((f) => f.start >= ctx.figure.end && f.start < immediate.start)) {
    return pick(immediate);
  }
  const ownedByOther = (y: YearMention): boolean =>
    ctx.otherFigures.some((f) => f.end <= y.start && y.start - f.end <= 14 && !(f.start === ctx.figure.start));
  const before = usable.filter((y) => y.end <= ctx.figure.start && !ownedByOther(y));
  const inClauseBefore = before.filter((y) => y.start >= ctx.clause.start);
  const nearestBefore = inClauseBefore[inClauseBefore.length - 1] ?? before[before.length - 1];
  if (nearestBefore) return pick(nearestBefore);
  const afterInClause = usable.find((y) => y.start >= ctx.figure.end && y.end <= ctx.clause.end && !ownedByOther(y));
  if (afterInClause) return pick(afterInClause);
  if (ctx.paragraphYear) return { ...pick(ctx.paragraphYear), source: 'PARAGRAPH' };
  if (ctx.isTarget && ctx.planYear !== null) return { period: ctx.planYear, multiYear: false, source: 'PLAN' };
  if (!ctx.isTarget && ctx.reportYear !== undefined && ctx.reportYear !== null) {
    return { period: ctx.reportYear, multiYear: false, source: 'REPORT' };
  }
  if (ctx.publicationYear !== null) return { period: ctx.publicationYear, multiYear: false, source: 'PUBLICATION' };
  return { period: null, multiYear: false, source: 'NONE' };
}
