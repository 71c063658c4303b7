import { findIndicator, isIsoDate, provinceOfOutletAddress, type AreaRecord, type Dimensions, type GovLevel, type IndicatorCode, type Qualifier } from '@egov-vn/schema';
import {
  areaDisplayName,
  districtOf,
  findAreaByHint,
  provinceOf,
  resolveAreaMentions,
  resolveMention,
  scanAreaMentions,
  type AreaContext,
  type AreaIndex,
  type AreaMention,
  type RawAreaMention,
} from './area-resolver.js';
import { canonicalize, toOriginalSpan, type CanonicalText } from './canonical-text.js';
import { findTitle, isPlanTitle } from './document-title.js';
import type { ExtractedObservation, ExtractionResult, ExtractOptions } from './extraction.types.js';
import { readGovLevel, readGovLevels } from './gov-level.js';
import {
  applySuppression,
  cueFits,
  findCues,
  readHead,
  readSubjectBefore,
  requirementMet,
  type CueMatch,
  type FigureKind,
  type HeadReading,
  type SubjectClass,
} from './indicator-matcher.js';
import { findNoiseSpans, overlapsAny } from './noise-filter.js';
import { findYearMentions, resolvePeriod, type PeriodContext, type YearMention } from './period-resolver.js';
import { findPublicationDate } from './publication-date.js';
import { combineQualifiers, readQualifierAfter, readQualifierBefore } from './qualifier.js';
import { splitSentences, type Clause, type Paragraph, type Sentence, type Span } from './sentence-splitter.js';
import { READING_STRATEGIES } from './reading-strategies.js';
import { containedInAny, spansWithin } from './span-index.js';
import { resolveStatus } from './status-resolver.js';
import { readTables, type TableCell } from './table-reader.js';
import { readMultiplier, scaleValue, scanNumbers } from './vietnamese-number.parser.js';

/** A number of the text that may be an indicator figure. */
interface Figure {
  /** Canonical span of the figure itself ("80%", "27.605", "27/27"). */
  start: number;
  end: number;
  value: number;
  kind: FigureKind;
  qualifier: Qualifier | 'REJECT';
  /** Offset where the text after the figure starts (after "trở lên"). */
  afterStart: number;
}

/** How one figure was read: which cues name its indicator, and which text is its subject. */
interface Reading {
  cues: CueMatch[];
  /** Where the subject phrase is (for the tier and an area named inside it). */
  subjectSpan: Span;
  /** `true` when the subject phrase comes after the figure. */
  forward: boolean;
  mode: 'SUBJECT' | 'END';
  /** The figure's subject class, when known. */
  subject: SubjectClass | null;
  /** True when the indicator comes from an earlier sentence ("tỷ lệ này", "có tỷ lệ cao như: ..."). */
  anaphoric?: boolean;
  /** The stated year of that earlier figure. */
  antecedentYear?: number | null;
}

/** The last percentage read in the paragraph, for figures that refer back to it. */
interface Antecedent {
  cues: CueMatch[];
  subject: SubjectClass | null;
  paragraph: number;
  year: number | null;
  /** Named by a count ("2.000 cán bộ được trang bị máy tính"), not a percentage: only "tỷ lệ này" refers to it. */
  fromCount?: boolean;
}

/** A government tier named in a clause ("cấp huyện", "các sở, ban ngành cấp tỉnh"). */
const TIER_NAMED = /(?<![\p{L}])cấp\s+(?:tỉnh|huyện|xã)(?![\p{L}])/u;

/** Indicators counted over a period (a multi-year total is not a yearly figure). */
const FLOW_INDICATORS = new Set<IndicatorCode>(['it_training_courses', 'it_trainees']);

/**
 * Extracts indicator observations from one document. Pure: no I/O; the area
 * index is passed in.
 *
 * @example
 * const areas = buildAreaIndex(loadAreas('pre2025'));
 * const { observations } = extractObservations(text, { areas, publishedAt: '2012-07-14' });
 * // [{ indicator: 'internet_subscribers', value: 27605, areaCode: '96', period: 2012, ... }]
 */
export function extractObservations(text: string, options: ExtractOptions): ExtractionResult {
  const c = canonicalize(text);
  const warnings: string[] = [];
  const index = options.areas;

  // Document metadata.
  const dated = findPublicationDate(c.lower);
  const titleSpan = findTitle(c.lower, dated?.line ?? null);
  const textTitle = titleSpan ? originalSlice(c, titleSpan).trim() : null;
  const title = options.title?.trim() || textTitle;
  let publishedAt = dated?.date ?? null;
  if (options.publishedAt !== undefined && options.publishedAt !== '') {
    if (!isIsoDate(options.publishedAt)) warnings.push(`ignored malformed publishedAt "${options.publishedAt}"`);
    else if (publishedAt === null) publishedAt = options.publishedAt;
    else if (publishedAt !== options.publishedAt) {
      warnings.push(`the text is dated ${publishedAt}; --published ${options.publishedAt} ignored`);
    }
  }
  const publicationYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const titleLower = titleSpan ? c.lower.slice(titleSpan.start, titleSpan.end) : '';
  const planDocument = isPlanTitle(titleLower) || (options.title ? isPlanTitle(canonicalize(options.title).lower) : false);

  // Structure and spans that are not data.
  const { paragraphs, sentences } = splitSentences(c.lower, c.cased);
  const noise = findNoiseSpans(c.lower);
  // Sorted by start: stages look up the ones in a sentence or phrase by binary search.
  const years = findYearMentions(c.lower).sort(byStart);
  const cues = findCues(c.lower).sort(byStart);
  const tables = readTables(c.lower);
  const tableSpans = [...tables.spans].sort(byStart);
  const firstSentences = new Set(paragraphs.map((p) => sentences[firstSentenceIndex(sentences, p)]));
  // Targets take the year of the plan the page announces, in its headline or its opening ("UBND tỉnh vừa ban hành kế
  // hoạch chuyển đổi số năm 2025 ..."), also on a page whose headline announces no plan.
  const planYear = findPlanYear(c.lower, titleSpan, years, planDocument);
  const reportYear = !planDocument ? findReportYear(c.lower, titleSpan, years) : null;

  // Areas: the document's own area first, then every mention resolved in its context.
  const hintArea = options.areaHint ? findAreaByHint(index, options.areaHint) : undefined;
  if (options.areaHint && !hintArea) warnings.push(`unknown area hint "${options.areaHint}"`);
  // The province whose own portal or newspaper published the page ("baodongthap.vn", "sotttt.tayninh.gov.vn").
  const outletArea = options.url ? provinceOfOutletAddress(options.url, index.records) : undefined;
  const anchor = hintArea ?? outletArea;
  const raw = scanAreaMentions(c, index);
  const docArea = chooseDocumentArea(index, raw, titleSpan, hintArea, outletArea);
  if (!docArea) warnings.push('no area found in the text and no --area hint: figures without a named area are dropped');
  const ctx: AreaContext = {
    province: docArea ? provinceOf(index, docArea) : anchor ? provinceOf(index, anchor) : undefined,
    district: docArea ? districtOf(index, docArea) : anchor ? districtOf(index, anchor) : undefined,
  };
  const mentions = resolveAreaMentions(c, index, raw, ctx).sort(byStart);
  const mentionIndex = new Map(mentions.map((m, i) => [m, i]));

  const paragraphYear = paragraphTopicYears(paragraphs, sentences, years);
  // A headline (no final full stop, with a body after it) is not quoted; a one-line text is its own body.
  const skipTitle =
    titleSpan !== null && !/[.!?…]\s*$/u.test(c.lower.slice(titleSpan.start, titleSpan.end)) && paragraphs.some((p) => p.start > titleSpan.end);
  const observations: ExtractedObservation[] = [];
  const seen = new Set<string>();
  const push = (o: ExtractedObservation): void => {
    const key = [o.indicator, JSON.stringify(o.dimensions), o.geography, o.areaCode, o.period, o.value, o.qualifier, o.status].join('|');
    if (seen.has(key)) return;
    seen.add(key);
    observations.push(o);
  };

  const areaFor = (ref: AreaMention | undefined, paragraph: Paragraph | undefined): AreaRecord | null => {
    if (!ref) return docArea ?? null;
    return resolveReference(index, ref, mentions, paragraph, docArea);
  };

  const sentenceIndex = new Map(sentences.map((s, i) => [s, i]));
  const figuresBySentence = new Map<Sentence, Figure[]>();
  // "indicator|period" of the figures read in each paragraph (a present that contrasts with its year).
  const statedInParagraph = new Map<number, Set<string>>();
  // Counts read in each sentence, by indicator: a later count of the same indicator listed as its part is no total.
  const countsBySentence = new Map<Sentence, Array<{ indicator: IndicatorCode; end: number }>>();
  const state: { antecedent: Antecedent | null } = { antecedent: null };
  for (const sentence of sentences) {
    if (containedInAny(tableSpans, sentence.start, sentence.end)) continue;
    // A headline summarises the body ("Đồng Nai: 100% cơ quan có cổng thông tin điện tử"); the body's own sentence is quoted instead.
    if (skipTitle && titleSpan && sentence.start >= titleSpan.start && sentence.end <= titleSpan.end) continue;
    const paragraph = paragraphs[sentence.paragraph];
    const figures = scanFigures(c, sentence, noise, spansWithin(years, sentence.start, sentence.end));
    figuresBySentence.set(sentence, figures);
    if (figures.length === 0) continue;
    const sentenceText = c.lower.slice(sentence.start, sentence.end);
    const antecedentBefore = state.antecedent;
    for (const clause of sentence.clauses) {
      const inClause = figures.filter((f) => f.start >= clause.start && f.end <= clause.end);
      if (inClause.length === 0) continue;
      const distribution = distributeRespectively(c.lower, clause, inClause);
      if (state.antecedent && state.antecedent.paragraph !== sentence.paragraph) state.antecedent = null;
      const readings = readClause(c.lower, clause, inClause, spansWithin(cues, clause.start, clause.end), sentenceText, state.antecedent);
      const quote = quoteSpan(c.lower, sentence, clause, inClause);
      // Where a tier named for this figure may start: after the subject of the last figure whose indicator took a tier.
      let tierFrom = clause.start;
      inClause.forEach((figure, k) => {
        const reading = readings[k];
        if (!reading || reading.cues.length === 0) return;
        const from = tierFrom;
        if (reading.cues.some((cue) => findIndicator(cue.rule.indicator)?.dimensions.includes('govLevel'))) {
          tierFrom = Math.max(figure.afterStart, reading.forward ? reading.subjectSpan.end : figure.afterStart);
        }
        if (figure.kind === 'percent' && !reading.anaphoric) {
          const stated = resolvePeriod({ ...periodBase(figure, clause, sentence), isTarget: false });
          const year = stated.source === 'STATED' ? stated.period : null;
          state.antecedent = { cues: reading.cues, subject: reading.subject, paragraph: sentence.paragraph, year };
        }
        if (figure.qualifier === 'REJECT' || distribution === 'DROP') return;
        const subject = c.lower.slice(reading.subjectSpan.start, reading.subjectSpan.end);
        const govLevels: GovLevel[] = distribution ? [distribution[k] ?? 'ALL'] : readGovLevels(subject);
        const refs = governingMentions(mentions, mentionIndex, reading, figure, sentence, paragraph, c.lower);
        const targets = refs.length === 0 ? [areaFor(undefined, paragraph)] : refs.map((ref) => areaFor(ref, paragraph));
        // One unresolvable or national mention in a list voids the figure: better missing than misattributed.
        if (targets.some((a) => a === null)) return;
        for (const area of targets) {
          if (!area) continue;
          for (const govLevel of govLevels) emit(figure, reading, area, govLevel, clause, sentence, quote, from);
        }
      });
    }
    // "Năm 2014, có 2.000 cán bộ được trang bị máy tính. Tỷ lệ này đạt 80%": with no percentage of its own, a sentence
    // counting what one share indicator measures is what "tỷ lệ này" in the next sentence refers to.
    if (state.antecedent === antecedentBefore || state.antecedent === null) {
      const counted = countAntecedent(sentence, figures, sentenceText);
      if (counted) state.antecedent = counted;
    }
  }

  function countAntecedent(sentence: Sentence, figures: readonly Figure[], sentenceText: string): Antecedent | null {
    const found = new Map<IndicatorCode, { cue: CueMatch; subject: SubjectClass; figure: Figure }>();
    for (const f of figures) {
      if (f.kind !== 'count' || f.qualifier === 'REJECT') continue;
      const head = readHead(c.lower.slice(f.afterStart, Math.min(sentence.end, f.afterStart + WINDOW)));
      if (head.type !== 'SUBJECT') continue;
      const fitting = applySuppression(
        spansWithin(cues, f.afterStart, sentence.end).filter((cue) => cueFits(cue, 'percent', head.subject) && requirementMet(cue, sentenceText)),
      );
      for (const cue of fitting) if (!found.has(cue.rule.indicator)) found.set(cue.rule.indicator, { cue, subject: head.subject, figure: f });
    }
    if (found.size !== 1) return null;
    const [only] = found.values();
    if (!only) return null;
    const clause = sentence.clauses.find((cl) => only.figure.start >= cl.start && only.figure.end <= cl.end);
    if (!clause) return null;
    const stated = resolvePeriod({ ...periodBase(only.figure, clause, sentence), isTarget: false });
    return {
      cues: [only.cue],
      subject: only.subject,
      paragraph: sentence.paragraph,
      year: stated.source === 'STATED' ? stated.period : null,
      fromCount: true,
    };
  }

  /**
   * The year a paragraph opened with ("Năm 2010, ...") scopes its later sentences. A sentence saying "hiện nay" speaks
   * of the page's present: its publication year when the page is dated (a 2021 article: "Năm 2020, ... xếp thứ 25.
   * Toàn tỉnh hiện có ..." is 2021); on an undated page the paragraph's year is the only time stated, and scopes it
   * too (it was null) — unless the paragraph already gave the figure's indicator for that year ("Năm 2010 ... đạt
   * 50%. Hiện nay, tỷ lệ này đã lên 90%": the present contrasts with it, and stays unknown).
   */
  function carriedParagraphYear(sentence: Sentence, sentenceText: string, reading: Reading): YearMention | null {
    // "Cũng theo báo cáo trên, ...": the same report as the previous sentence, of the year that sentence stated.
    const previous = sentences[(sentenceIndex.get(sentence) ?? 0) - 1];
    if (SAME_REPORT.test(sentenceText) && previous && previous.paragraph === sentence.paragraph) {
      const stated = spansWithin(years, previous.start, previous.end).filter((y) => y.kind !== 'COMPARISON');
      const last = stated[stated.length - 1];
      if (last) return last;
    }
    const year = paragraphYear.get(sentence.paragraph);
    if (!year) return null;
    if (!PRESENT.test(sentenceText)) return year;
    if (publicationYear !== null) return null;
    const stated = statedInParagraph.get(sentence.paragraph);
    const contrasted = reading.cues.some((cue) => stated?.has(`${cue.rule.indicator}|${year.to ?? year.from}`));
    return contrasted ? null : year;
  }

  /** Only what the sentence states: no plan, report, paragraph or publication year. */
  function periodBase(figure: Figure, clause: Clause, sentence: Sentence): Omit<PeriodContext, 'isTarget'> {
    return {
      years: spansWithin(years, sentence.start, sentence.end),
      figure,
      clause,
      sentence,
      paragraphYear: null,
      planYear: null,
      reportYear: null,
      publicationYear: null,
      otherFigures: [] as Span[],
    };
  }

  function emit(
    figure: Figure,
    reading: Reading,
    area: AreaRecord,
    govLevel: GovLevel,
    clause: Clause,
    sentence: Sentence,
    quote: Span,
    tierFrom: number,
  ): void {
    if (figure.qualifier === 'REJECT') return;
    const qualifier = figure.qualifier;
    const sentenceText = c.lower.slice(sentence.start, sentence.end);
    const figures = figuresBySentence.get(sentence) ?? [];
    const statusReading = resolveStatus({
      lower: c.lower,
      figureStart: figure.start,
      figureEnd: figure.end,
      sentenceStart: sentence.start,
      clauseEnd: clause.end,
      planDocument,
      publicationYear,
    });
    const periodReading = resolvePeriod({
      years: spansWithin(years, sentence.start, sentence.end),
      figure,
      clause,
      sentence,
      paragraphYear: firstSentences.has(sentence) ? null : carriedParagraphYear(sentence, sentenceText, reading),
      planYear,
      reportYear,
      publicationYear,
      isTarget: statusReading.status === 'TARGET',
      otherFigures: figures.filter((f) => f !== figure),
    });
    // "tỷ lệ này": a figure that refers back keeps the year of the figure it refers to, unless it states its own.
    const antecedentYear = reading.antecedentYear ?? null;
    // "Hiện nay, tỷ lệ này ..." states its own time: the present (the paragraph's year or the publication's, above).
    if (reading.anaphoric && periodReading.source !== 'STATED' && antecedentYear !== null && !PRESENT.test(sentenceText)) {
      periodReading.period = antecedentYear;
      periodReading.source = 'STATED';
    }
    // In a plan, a figure stated for a year before the plan's year reports the past ("Năm 2015, ... đạt 60%").
    const status =
      !statusReading.byCue &&
      statusReading.status === 'TARGET' &&
      periodReading.source === 'STATED' &&
      planYear !== null &&
      periodReading.period !== null &&
      periodReading.period < planYear
        ? 'ACTUAL'
        : statusReading.status;
    const counted = countsBySentence.get(sentence) ?? [];
    countsBySentence.set(sentence, counted);
    for (const cue of reading.cues) {
      const indicator = cue.rule.indicator;
      if (periodReading.multiYear && FLOW_INDICATORS.has(indicator) && status === 'ACTUAL') continue;
      // "đã đào tạo 6 lớp gồm: ... tổ chức 05 lớp với 121 học viên; ...": a part of a total the sentence states.
      if (figure.kind === 'count' && counted.some((t) => t.indicator === indicator && t.end <= figure.start && PART_OF.test(c.lower.slice(t.end, figure.start)))) {
        continue;
      }
      if (figure.kind === 'count') counted.push({ indicator, end: figure.afterStart });
      const def = findIndicator(indicator);
      if (!def) continue;
      if (figure.value < def.min || (def.max !== null && figure.value > def.max)) continue;
      // A tier's part of an indicator that has no tier ("cấp huyện tiếp nhận ..., với 2.521 hồ sơ trực tuyến"): no code.
      // A tier an earlier figure's indicator took ("100% cơ quan từ cấp huyện trở lên có cổng ..., cung cấp tất cả
      // dịch vụ công trực tuyến") is that figure's.
      if (!def.dimensions.includes('govLevel') && TIER_NAMED.test(c.lower.slice(tierFrom, figure.start))) continue;
      const dimensions: Dimensions = {};
      if (def.dimensions.includes('govLevel')) dimensions.govLevel = govLevel;
      if (def.dimensions.includes('serviceMode')) {
        if (!cue.rule.serviceMode) continue;
        dimensions.serviceMode = cue.rule.serviceMode;
      }
      if (def.dimensions.includes('serviceLevel')) {
        if (!cue.serviceLevel) continue;
        dimensions.serviceLevel = cue.serviceLevel;
      }
      const span = toOriginalSpan(c, quote.start, quote.end);
      const stated = statedInParagraph.get(sentence.paragraph) ?? new Set<string>();
      statedInParagraph.set(sentence.paragraph, stated.add(`${indicator}|${periodReading.period}`));
      push({
        indicator,
        dimensions,
        geography: 'pre2025',
        areaCode: area.code,
        areaName: areaDisplayName(area),
        areaLevel: area.level,
        period: periodReading.period,
        value: figure.value,
        unit: def.unit,
        qualifier,
        status,
        quote: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        rule: 'prose',
        confidence: reading.anaphoric ? 0.5 : 0.7,
      });
    }
  }

  for (const cell of tables.cells) {
    for (const o of readTableCell(c, cell, cues, mentions, index, docArea)) push(o);
  }
  // Further reading strategies, in order: each reads what the prose reader cannot.
  for (const strategy of READING_STRATEGIES) {
    const strategyContext = {
      text, areas: index, title, publicationYear, docArea: docArea ?? null, c, sentences, mentions, titleSpan, skipTitle, url: options.url ?? null,
    };
    for (const o of strategy.read(strategyContext)) push(o);
  }

  observations.sort((a, b) => a.start - b.start);
  return {
    document: {
      title,
      publishedAt,
      url: options.url ?? null,
      areaCode: docArea?.code ?? null,
      areaName: docArea ? areaDisplayName(docArea) : null,
      areaLevel: docArea?.level ?? null,
    },
    observations,
    warnings,
  };
}

function originalSlice(c: CanonicalText, span: Span): string {
  const o = toOriginalSpan(c, span.start, span.end);
  return c.original.slice(o.start, o.end);
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

/** Index of the first sentence of a paragraph (sentences are in text order). */
function firstSentenceIndex(sentences: readonly Sentence[], p: Paragraph): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.paragraph ?? Infinity) < p.index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------
// Figures

/** How far the rules around a number look (characters on each side). */
const WINDOW = 240;

const SERVICE_CONTEXT = /(?<![\p{L}])(?:dịch vụ công|dịch vụ|dvc|dvctt|thủ tục|tthc)(?![\p{L}])/u;

/** The numbers of a sentence that may be figures, with their kind and qualifier. */
function scanFigures(c: CanonicalText, sentence: Sentence, noise: readonly Span[], years: readonly YearMention[]): Figure[] {
  const lower = c.lower;
  const tokens = scanNumbers(lower.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
  }));
  const figures: Figure[] = [];
  const inYear = (s: number, e: number): boolean => years.some((y) => s < y.end && e > y.start);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) continue;
    // Rules read a few words on each side of a number: bounded windows keep a long sentence linear.
    const before = lower.slice(Math.max(sentence.start, t.start - WINDOW), t.start);
    // "mức độ 3" is a dimension value, except "tối thiểu mức độ 3", the minimum-level indicator.
    if (/mức(?:\s+độ)?\s*$/u.test(before)) {
      const minimum = /(?:tối thiểu|ít nhất)\s+(?:(?:ở|là|đạt|tại)\s+)?mức(?:\s+độ)?\s*$/u.test(before);
      if (minimum && Number.isInteger(t.value) && t.value >= 1 && t.value <= 4 && SERVICE_CONTEXT.test(before.slice(-120))) {
        const tail = lower.slice(t.end, t.end + 16);
        if (!/^\s*(?:,|và|-|–|hoặc|\/)\s*[1-4](?!\d)/u.test(tail)) {
          figures.push({ start: t.start, end: t.end, value: t.value, kind: 'level', qualifier: 'AT_LEAST', afterStart: t.end });
        }
      }
      continue;
    }
    // The second level of "mức độ 3, 4" is a level too.
    if (t.value <= 4 && /mức(?:\s+độ)?\s+[1-4]\s*(?:,|và|-|–|hoặc|\/)\s*$/u.test(before)) continue;
    if (overlapsAny(noise, t.start, t.end) || inYear(t.start, t.end)) continue;
    if (/\/\s*$/u.test(before)) continue;
    const after = lower.slice(t.end, Math.min(sentence.end, t.end + WINDOW));

    // Shares of units: "27/27 xã" = 100%, "8 trên 10 huyện" = 80%.
    const share = /^\s*\/\s*(\d+)(?![\d.,/])|^\s+trên\s+(?:tổng\s+số\s+)?(\d+)(?![\d.,/])/u.exec(after);
    if (share) {
      const denominator = Number(share[1] ?? share[2]);
      const head = readHead(after.slice(share[0].length));
      const next = tokens[i + 1];
      if (next && next.start < t.end + share[0].length) i += 1;
      if (
        head.type === 'SUBJECT' &&
        head.subject === 'AGENCIES' &&
        Number.isInteger(t.value) &&
        denominator > 0 &&
        t.value <= denominator
      ) {
        const end = t.end + share[0].length;
        const q = combineQualifiers(readQualifierBefore(before), null);
        figures.push({
          start: t.start,
          end,
          value: Math.round((t.value / denominator) * 10000) / 100,
          kind: 'percent',
          qualifier: q,
          afterStart: end,
        });
      }
      continue;
    }
    if (/^\s*\//u.test(after)) continue;

    let end = t.end;
    let value = t.value;
    const pct = /^\s*(?:%|phần\s+trăm)/u.exec(after);
    let kind: FigureKind = pct ? 'percent' : 'count';
    if (pct) end += pct[0].length;
    let qualifier = combineQualifiers(readQualifierBefore(before), null);
    // "bằng trên 90% số hồ sơ của cả năm": a ratio to another quantity, not a level.
    if (/(?<![\p{L}])bằng\s+(?:(?:trên|hơn|khoảng|gần|xấp xỉ)\s+)?$/u.test(before)) qualifier = 'REJECT';
    // "Dự báo nhu cầu đào tạo ... sẽ là 1551 cán bộ": a need or a forecast is no figure of what exists.
    const clauseHead = before.slice(before.lastIndexOf(';') + 1);
    if (/(?<![\p{L}])(?:nhu cầu|dự báo)(?![\p{L}])/u.test(clauseHead)) qualifier = 'REJECT';

    // Ranges "70-80%", "từ 70 đến 80%": the lower bound, AT_LEAST (the range includes it).
    const next = tokens[i + 1];
    if (next) {
      const between = lower.slice(end, next.start);
      if (/^\s*(?:-|–|—|đến|tới)\s*$/u.test(between) && next.value > t.value && !overlapsAny(noise, next.start, next.end)) {
        const nextPct = /^\s*(?:%|phần\s+trăm)/u.exec(lower.slice(next.end, sentence.end));
        if (kind === 'percent' || nextPct) {
          kind = 'percent';
          end = next.end + (nextPct ? nextPct[0].length : 0);
        } else {
          end = next.end;
        }
        if (qualifier !== 'REJECT') qualifier = 'AT_LEAST';
        i += 1;
      }
    }
    if (kind === 'count') {
      const mult = readMultiplier(lower.slice(end, sentence.end));
      if (mult) {
        value = scaleValue(value, mult.factor);
        end += mult.length;
      }
    }
    const afterQ = readQualifierAfter(lower.slice(end, sentence.end));
    if (afterQ) qualifier = combineQualifiers({ qualifier: qualifier === 'REJECT' ? 'REJECT' : qualifier, length: 0 }, afterQ);
    const afterStart = end + (afterQ?.length ?? 0);

    // "tăng từ 60% lên 80%": the old value is a baseline unless a year is stated right after it.
    if (/(?<![\p{L}])từ\s*$/u.test(before) && /^[^.;]{0,40}?(?:lên|xuống)\s+(?:mức\s+)?(?:\p{L}+\s+)?\d/u.test(lower.slice(afterStart, sentence.end))) {
      const hasYear = years.some((y) => y.start >= afterStart && y.start - afterStart <= 8);
      if (!hasYear) qualifier = 'REJECT';
    }
    figures.push({ start: t.start, end, value, kind, qualifier, afterStart });
  }
  // Among figures stated in numbers, "tất cả" is one more value; in a sentence of prose without them it is
  // narrative ("Tất cả các cơ quan ... đã có mạng LAN") and too loose to store as a measured 100%.
  const stated = figures.some((f) => f.kind !== 'level' && f.qualifier !== 'REJECT');
  for (const whole of stated ? scanWholeWords(lower, sentence) : []) {
    if (!figures.some((f) => whole.start < f.end && whole.end > f.start)) figures.push(whole);
  }
  return figures.sort((a, b) => a.start - b.start);
}

/** Subjects "tất cả" can take all of: agencies, documents, services, officials. */
const WHOLE_SUBJECTS: ReadonlySet<SubjectClass> = new Set(['AGENCIES', 'DOCUMENTS', 'SERVICES', 'PEOPLE']);

/**
 * "tất cả đơn vị đã xây dựng trang thông tin điện tử", "toàn bộ văn bản ... được trao đổi trên môi trường mạng":
 * all of a subject the vocabulary shares are taken of is 100% (read only among figures stated in numbers).
 * Not "tất cả 12 phòng" (a count follows).
 */
function scanWholeWords(lower: string, sentence: Sentence): Figure[] {
  const out: Figure[] = [];
  const slice = lower.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(/(?<![\p{L}])(?:tất\s+cả|toàn\s+bộ)(?![\p{L}])/gu)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const after = lower.slice(end, Math.min(sentence.end, end + WINDOW));
    if (/^\s*(?:(?:các|những|số)\s+)?\d/u.test(after)) continue;
    const head = readHead(after);
    if (head.type !== 'SUBJECT' || !WHOLE_SUBJECTS.has(head.subject)) continue;
    out.push({ start, end, value: 100, kind: 'percent', qualifier: 'EXACT', afterStart: end });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reading a clause: which cue names each figure's indicator

// A new phrase with its own subject starts here: the forward reach of a figure stops, the backward reach starts.
const PHRASE_BREAK = /(?:[,;]\s*|\s)(?=(?:tỷ lệ|tỉ lệ|trong đó|đồng thời|ngoài ra|riêng|còn lại|bên cạnh đó|số lượng|tổng số)(?![\p{L}]))|;|\(\s*(?=trừ|không)/gu;
// "... đạt tỷ lệ 97%": a "tỷ lệ" right before the figure introduces it, it does not open a new phrase.
const INTRODUCES_FIGURE = /^\s*(?:tỷ lệ|tỉ lệ)(?:\s+(?:là|đạt|khoảng|gần|trên|hơn|dưới|xấp xỉ))*\s*:?\s*$/u;
// A cue followed by the verb of another predicate: "đơn vị sử dụng <cue> thực hiện ...".
const RESTRICTS_SUBJECT = /^(?:\s+\p{L}+){0,3}\s+(?:thực hiện|tiến hành)\s+\p{L}/u;
// What introduces the parts of a total: "gồm", "bao gồm", "trong đó".
const PART_OF = /(?<![\p{L}])(?:gồm|bao gồm|trong đó|trong số đó)(?![\p{L}])/u;
// "Cũng theo báo cáo trên, ...", "Theo số liệu này, ...": a sentence continuing the report of the previous one.
const SAME_REPORT = /^\s*(?:cũng\s+)?theo\s+(?:báo\s+cáo|số\s+liệu|thống\s+kê|kết\s+quả)(?:\s+\p{L}+){0,2}?\s+(?:trên|này|nói\s+trên|đó)(?![\p{L}])/u;
// "426.545 máy" with no "tính": sets, telephones as well as computers.
const BARE_SETS = /^\s*máy(?!\s+(?:vi\s+)?tính|\s+trạm|\s+chủ)(?![\p{L}\p{N}])/u;
// "mức độ 4 là 450": the level names the value right after it.
const LEVEL_INTRODUCES = /^\s*(?:là|có|đạt|:)\s*\d/u;
// A verb that gives a figure a predicate of its own.
const OWN_PREDICATE = /(?<![\p{L}])(?:có|được|đã|đang|sẽ|sử dụng|kết nối|nối mạng|triển khai|thực hiện)(?![\p{L}])/u;
const COORDINATED = /^\s*(?:,\s*)?(?:và|cũng như|,)\s*(?:(?:có|kết nối|sử dụng|triển khai)\s+)?$/u;

// "tỷ lệ này", "có tỷ lệ cao như", "đặt mục tiêu ... đạt 20%": the phrase names no indicator of its own.
const ANAPHOR = /(?<![\p{L}])(?:(?:tỷ lệ|tỉ lệ|con số|chỉ tiêu) (?:này|đó|trên|nói trên|tương ứng)|(?:có|với|đạt|ở) (?:tỷ lệ|tỉ lệ)(?: (?:cao|thấp|khá|rất cao|rất thấp))?|mục tiêu|phấn đấu)(?![\p{L}])/u;
// "tỷ lệ này", "con số đó": a phrase that can only refer back to what was just described.
const STRICT_ANAPHOR = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ|con số) (?:này|đó|trên|nói trên|tương ứng)(?![\p{L}])/u;
// A lead that names only a tier and a verb of measure: "cấp huyện, thị xã, thành phố chiếm hơn", "cấp xã đạt".
const TIER_ONLY =
  /^\s*(?:(?:còn|ở|tại|đối với|riêng)\s+)?cấp\s+(?:tỉnh|huyện|xã)(?:\s*,?\s*(?:và\s+)?(?:thị xã|thành phố|phường|thị trấn|quận|huyện|xã))*\s*,?\s*(?:(?:chiếm|đạt|là|có)\s*)?(?:(?:gần|khoảng|trên|hơn|dưới|xấp xỉ)\s*)?$/u;
// "tỷ lệ giải ngân": a "tỷ lệ" naming something else.
const OTHER_RATE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ) (?!(?:này|đó|trên|nói|tương|cao|thấp|khá|rất|là|đạt|chung|bình quân|trung bình|\d))\p{L}/u;

function readClause(
  lower: string,
  clause: Clause,
  figures: readonly Figure[],
  cues: readonly CueMatch[],
  sentenceText: string,
  antecedent: Antecedent | null,
): Array<Reading | null> {
  const readings: Array<Reading | null | undefined> = new Array(figures.length).fill(undefined);
  const heads: HeadReading[] = figures.map((f, k) => {
    // A minimum level closes its phrase: "tối thiểu mức độ 3 tới người dân".
    if (f.kind === 'level') return { type: 'END' };
    const next = figures[k + 1];
    return readHead(lower.slice(f.afterStart, next ? next.start : clause.end));
  });

  const forwardEnd = (k: number): number => {
    const f = figures[k];
    if (!f) return clause.end;
    const limit = figures[k + 1]?.start ?? clause.end;
    const text = lower.slice(f.afterStart, limit);
    // A break right after the figure ("9,62% tỷ lệ hộ dân") opens the figure's own subject.
    for (const m of text.matchAll(PHRASE_BREAK)) {
      if (text.slice(0, m.index ?? 0).trim() === '') continue;
      return f.afterStart + (m.index ?? 0);
    }
    return limit;
  };
  const backwardStart = (k: number, skipRejected = false): number => {
    const f = figures[k];
    if (!f) return clause.start;
    // Numbers that own no text (a rejected change, "10 tháng", a foreign noun) do not bound the phrase.
    let p = k - 1;
    while (
      p >= 0 &&
      ((skipRejected && (figures[p]?.qualifier === 'REJECT' || figures[p]?.kind !== f.kind)) || heads[p]?.type === 'FOREIGN')
    ) {
      p -= 1;
    }
    const limit = figures[p]?.afterStart ?? clause.start;
    const text = lower.slice(limit, f.start);
    let start = limit;
    for (const m of text.matchAll(PHRASE_BREAK)) {
      const at = limit + (m.index ?? 0) + m[0].length;
      if (INTRODUCES_FIGURE.test(lower.slice(at, f.start))) continue;
      start = at;
    }
    return start;
  };
  const fitting = (from: number, to: number, f: Figure, subject: SubjectClass | null): CueMatch[] =>
    applySuppression(
      cues.filter(
        (cue) =>
          cue.start >= from &&
          cue.end <= to &&
          !(cue.rule.backwardOnly && cue.start >= f.end) &&
          // "..., mức độ 3 là 1.089 thủ tục và mức độ 4 là 450 thủ tục": a level that introduces a later value is its.
          !(cue.serviceLevel && cue.start >= f.end && LEVEL_INTRODUCES.test(lower.slice(cue.end, cue.end + 12))) &&
          cueFits(cue, f.kind, subject) &&
          requirementMet(cue, sentenceText),
      ),
    );
  // The first fitting cue and those coordinated with it ("internet băng thông rộng và mạng LAN").
  const group = (list: CueMatch[], fromEnd: boolean): CueMatch[] => {
    if (list.length === 0) return [];
    const ordered = fromEnd ? [...list].reverse() : list;
    const first = ordered[0];
    if (!first) return [];
    const picked = [first];
    for (const next of ordered.slice(1)) {
      const prev = picked[picked.length - 1];
      if (!prev) break;
      const gap = fromEnd ? lower.slice(next.end, prev.start) : lower.slice(prev.end, next.start);
      if (next.rule.indicator === prev.rule.indicator && next.start < prev.end) continue;
      if (!COORDINATED.test(gap)) break;
      picked.push(next);
    }
    const unique = new Map<string, CueMatch>();
    for (const p of picked) if (!unique.has(p.rule.indicator)) unique.set(p.rule.indicator, p);
    return [...unique.values()];
  };

  const subjectOf = (k: number): SubjectClass | null => {
    const head = heads[k];
    const f = figures[k];
    if (!head || !f) return null;
    if (head.type === 'SUBJECT') return head.subject;
    if (head.type === 'END') return readSubjectBefore(lower.slice(backwardStart(k), f.start));
    // An elided subject refers back: "1.850 máy vi tính ..., trong đó 92% được kết nối Internet".
    const prev = figures[k - 1];
    const prevHead = heads[k - 1];
    if (prev && prevHead?.type === 'SUBJECT' && /(?:trong đó|trong số đó|với|,)\s*(?:có\s+)?$/u.test(lower.slice(prev.afterStart, f.start))) {
      return prevHead.subject;
    }
    return null;
  };

  const LIST_GAP = /(?:,|và|,\s*và)\s*(?:(?:gần|khoảng|trên|hơn|dưới|xấp xỉ|tối thiểu|ít nhất|đạt)\s+)?$/u;
  const computing = new Set<number>();
  const read = (k: number): Reading | null => {
    const cached = readings[k];
    if (cached !== undefined) return cached;
    if (computing.has(k)) return null;
    computing.add(k);
    const result = compute(k);
    computing.delete(k);
    readings[k] = result;
    return result;
  };
  // Cues of a neighbouring figure in the same list, if they fit this one.
  // With no subject of its own, a figure takes its neighbour's.
  const borrow = (from: Reading | null, f: Figure, subject: SubjectClass | null): CueMatch[] =>
    from ? from.cues.filter((cue) => cueFits(cue, f.kind, subject ?? from.subject)) : [];
  const compute = (k: number): Reading | null => {
    const f = figures[k];
    const head = heads[k];
    if (!f || !head || head.type === 'FOREIGN') return null;
    const subject = subjectOf(k);
    const prevFigure = figures[k - 1];
    const inList = prevFigure !== undefined && prevFigure.kind === f.kind && LIST_GAP.test(lower.slice(prevFigure.afterStart, f.start));
    if (head.type === 'SUBJECT' || head.type === 'VERB') {
      const fEnd = forwardEnd(k);
      const own = group(fitting(f.afterStart, fEnd, f, subject), false);
      const firstCue = own[0];
      const lastCue = own[own.length - 1];
      // "60% đơn vị sử dụng hệ thống quản lý văn bản thực hiện liên thông văn bản": the cue says which units, the
      // verb after it what they do, which names no indicator here.
      if (lastCue && RESTRICTS_SUBJECT.test(lower.slice(lastCue.end, fEnd))) return null;
      if (firstCue) return { cues: own, subjectSpan: { start: f.afterStart, end: firstCue.start }, forward: true, mode: 'SUBJECT', subject };
      // Shared predicate after a list: "80% CBCC cấp tỉnh, 70% CBCC cấp huyện và trên 20% CBCC cấp xã được trang bị máy tính".
      const next = figures[k + 1];
      const nextHead = heads[k + 1];
      // Not when the figure has a predicate of its own ("9/13 xã có máy tính nối mạng internet, 6/13 xã có ... LAN").
      const gap = lower.slice(f.afterStart, next?.start ?? f.afterStart);
      if (next && next.kind === f.kind && LIST_GAP.test(gap) && !OWN_PREDICATE.test(gap) && nextHead) {
        const sameSubject = nextHead.type === 'VERB' || (nextHead.type === 'SUBJECT' && subjectOf(k + 1) === subject);
        const nextReading = sameSubject ? read(k + 1) : null;
        // Only a predicate is shared ("... và 20% CBCC cấp xã được trang bị máy tính"), never the next figure's
        // own noun ("235.000 thuê bao ... và 145.000 thuê bao Internet băng rộng").
        const predicate =
          nextReading?.mode === 'SUBJECT' &&
          nextReading.subjectSpan.start < nextReading.subjectSpan.end &&
          lower.slice(nextReading.subjectSpan.start, nextReading.subjectSpan.end).trim().length > 0 &&
          !/^\s*(?:thuê bao|lớp|khóa|khoá)(?![\p{L}])/u.test(lower.slice(nextReading.subjectSpan.start, nextReading.subjectSpan.end));
        const shared = predicate ? borrow(nextReading, f, subject) : [];
        if (shared.length > 0) return { cues: shared, subjectSpan: { start: f.afterStart, end: next.start }, forward: true, mode: 'SUBJECT', subject };
      }
      if (head.type === 'SUBJECT') {
        // The indicator named before the figure, its subject after it:
        // "phần mềm hồ sơ công việc ... đến 100% các sở, ban, ngành".
        let back = group(fitting(backwardStart(k, true), f.start, f, subject), true);
        // "tổng số thuê bao điện thoại ... đạt 426.545 máy": a bare "máy" counts sets, of what the phrase names.
        if (back.length === 0 && subject === 'COMPUTERS' && BARE_SETS.test(lower.slice(f.afterStart, f.afterStart + 24))) {
          back = group(fitting(backwardStart(k, true), f.start, f, 'SUBSCRIBERS'), true);
        }
        if (back.length > 0) return { cues: back, subjectSpan: { start: f.afterStart, end: fEnd }, forward: true, mode: 'SUBJECT', subject };
        // "... tại 100% cơ quan cấp tỉnh và 100% UBND cấp huyện": the second value shares the first one's indicator.
        const inherited = inList ? borrow(read(k - 1), f, subject) : [];
        if (inherited.length > 0) return { cues: inherited, subjectSpan: { start: f.afterStart, end: fEnd }, forward: true, mode: 'SUBJECT', subject };
      }
      return null;
    }
    const bStart = backwardStart(k);
    const own = group(fitting(bStart, f.start, f, subject), true);
    if (own.length > 0) {
      const cueEnd = Math.max(...own.map((cue) => cue.end));
      return { cues: own, subjectSpan: { start: listItemStart(lower, bStart, f.start, cueEnd), end: f.start }, forward: false, mode: 'END', subject };
    }
    // A list of values sharing the subject named before the first one: "... đạt 100%, cấp huyện 90%".
    if (prevFigure && prevFigure.kind === f.kind) {
      const prevReading = read(k - 1);
      const inherited = borrow(prevReading, f, subject);
      if (inherited.length > 0) {
        return {
          cues: inherited,
          subjectSpan: { start: listItemStart(lower, bStart, f.start), end: f.start },
          forward: false,
          mode: 'END',
          subject,
          anaphoric: prevReading?.anaphoric ?? false,
          antecedentYear: prevReading?.antecedentYear ?? null,
        };
      }
    }
    // An earlier sentence of the paragraph named the indicator: "Tại Hậu Giang, tỷ lệ này năm 2019 mới đạt 8,5%".
    const lead = lower.slice(clause.start, f.start);
    // "...; cấp huyện, thị xã, thành phố chiếm hơn 75%": a clause naming only a tier gives the tier's share of the last
    // percentage's indicator, when that indicator is split by tier.
    const tierOnly =
      !antecedent?.fromCount &&
      TIER_ONLY.test(lead) &&
      (antecedent?.cues.some((cue) => findIndicator(cue.rule.indicator)?.dimensions.includes('govLevel')) ?? false);
    const refersBack = antecedent?.fromCount ? STRICT_ANAPHOR.test(lead) : ANAPHOR.test(lead);
    if (antecedent && f.kind === 'percent' && (tierOnly || (refersBack && !OTHER_RATE.test(lead.replace(ANAPHOR, ' '))))) {
      const inherited = antecedent.cues.filter((cue) => cueFits(cue, f.kind, subject ?? antecedent.subject));
      if (inherited.length > 0) {
        return {
          cues: inherited,
          subjectSpan: { start: bStart, end: f.start },
          forward: false,
          mode: 'END',
          subject,
          anaphoric: true,
          antecedentYear: antecedent.year,
        };
      }
    }
    return null;
  };

  figures.forEach((_, k) => read(k));
  // A figure read while its neighbour was still being read may have missed the neighbour's cues: read it again.
  figures.forEach((_, k) => {
    if (readings[k] === null) {
      readings[k] = undefined;
      read(k);
    }
  });
  return figures.map((_, k) => readings[k] ?? null);
}

/**
 * Where the subject of a value at the end of a phrase starts: the list item right before it when that item comes
 * after the cue (`after`) and names a tier ("86% cán bộ cấp tỉnh sử dụng thành thạo máy tính, cấp huyện 75%" →
 * "cấp huyện"), else the phrase.
 */
function listItemStart(lower: string, from: number, to: number, after = from): number {
  const items = lower.slice(from, to);
  const separator = Math.max(items.lastIndexOf(','), items.lastIndexOf(';'), items.lastIndexOf(' và '));
  // A separator before the indicator's cue splits the subject ("cán bộ cấp tỉnh, cấp huyện được trang bị máy tính").
  if (separator < 0 || from + separator < after) return from;
  const start = from + separator + 1;
  return TIER_NAMED.test(lower.slice(start, to)) ? start : from;
}

/**
 * "Tỷ lệ ... cấp tỉnh, huyện, xã lần lượt là 100%, 90%, 70%": values follow a
 * list of tiers in order. Returns the tier of each figure, `null` when the
 * clause has no "lần lượt", or `DROP` when the list cannot be matched.
 */
function distributeRespectively(lower: string, clause: Clause, figures: readonly Figure[]): Array<'PROVINCE' | 'DISTRICT' | 'COMMUNE'> | null | 'DROP' {
  const text = lower.slice(clause.start, clause.end);
  if (!/(?<![\p{L}])lần lượt(?![\p{L}])/u.test(text)) return null;
  const first = figures[0];
  if (!first) return null;
  const head = lower.slice(clause.start, first.start);
  const list = /cấp\s+((?:tỉnh|huyện|xã)(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:tỉnh|huyện|xã))+)/u.exec(head);
  if (!list) return 'DROP';
  const tiers = [...(list[1] ?? '').matchAll(/tỉnh|huyện|xã/gu)].map((m) =>
    m[0] === 'tỉnh' ? ('PROVINCE' as const) : m[0] === 'huyện' ? ('DISTRICT' as const) : ('COMMUNE' as const),
  );
  if (tiers.length !== figures.length) return 'DROP';
  return tiers;
}

// ---------------------------------------------------------------------------
// Quotes

/**
 * The quote of a clause: the sentence, or its semicolon clause; a list
 * introduced by a colon after the last figure is left out ("..., với các
 * chuyên đề: ...").
 */
function quoteSpan(lower: string, sentence: Sentence, clause: Clause, figures: readonly Figure[]): Span {
  const span: Span = sentence.splitOnSemicolons ? { start: clause.start, end: clause.end } : { start: sentence.start, end: sentence.end };
  const lastFigureEnd = Math.max(...figures.map((f) => f.afterStart));
  const colon = lower.indexOf(':', lastFigureEnd);
  if (colon !== -1 && colon < span.end) {
    let end = colon;
    const comma = lower.lastIndexOf(',', end);
    if (comma > lastFigureEnd && lower.slice(comma + 1, end).trim().split(/\s+/u).length <= 6) end = comma;
    while (end > span.start && /[\s,]/u.test(lower[end - 1] ?? '')) end -= 1;
    span.end = end;
  }
  return span;
}

// ---------------------------------------------------------------------------
// Areas

/**
 * The document's own area: a unit its headline names; else the unit its text names most, when one province leads
 * clearly; else the hint (`--area`, or the province of the outlet's address). When the text names one province only,
 * the outlet's province counts as one mention: a provincial portal's page that names another province once in
 * passing ("Trường Đại học Bách Khoa TP. Hồ Chí Minh") stays the portal's province.
 */
function chooseDocumentArea(
  index: AreaIndex,
  raw: readonly RawAreaMention[],
  title: Span | null,
  hint: AreaRecord | undefined,
  outlet: AreaRecord | undefined,
): AreaRecord | undefined {
  const anchor = hint ?? outlet;
  const ctx: AreaContext = { province: anchor ? provinceOf(index, anchor) : undefined, district: anchor ? districtOf(index, anchor) : undefined };
  const resolved: Array<{ at: number; area: AreaRecord }> = [];
  for (const m of raw) {
    const ref = resolveMention(index, m, ctx);
    if (ref?.kind === 'AREA' && ref.area.level !== 'COMMUNE') resolved.push({ at: m.start, area: ref.area });
  }
  if (title) {
    // Names in the headline resolve in the context of a province it names: "Huyện Chợ Mới (Bắc Kạn)".
    const titleRaw = raw.filter((m) => m.start >= title.start && m.start < title.end);
    let titleCtx = ctx;
    for (const m of titleRaw) {
      const ref = resolveMention(index, m, ctx);
      if (ref?.kind === 'AREA' && ref.area.level === 'PROVINCE') titleCtx = { province: ref.area, district: ctx.district };
    }
    for (const m of titleRaw) {
      const ref = resolveMention(index, m, titleCtx);
      if (ref?.kind === 'AREA' && ref.area.level !== 'COMMUNE') return ref.area;
    }
  }
  if (resolved.length === 0) return anchor;
  const chains = new Map<string, number>();
  for (const r of resolved) {
    const p = provinceOf(index, r.area)?.code ?? r.area.code;
    chains.set(p, (chains.get(p) ?? 0) + 1);
  }
  // A page naming several provinces is about them, whoever published it.
  const outletCounts = outlet !== undefined && chains.size === 1;
  if (outlet && outletCounts) chains.set(outlet.code, (chains.get(outlet.code) ?? 0) + 1);
  const ranked = [...chains.entries()].sort((a, b) => b[1] - a[1]);
  const [leader, runnerUp] = ranked;
  // No province leads: the page is about several, and only an explicit hint names its own.
  if (!leader) return anchor;
  if (runnerUp && leader[1] < 2 * runnerUp[1]) return hint ?? (outletCounts ? outlet : undefined);
  // Within the leading province, the most mentioned unit (earliest on ties).
  const counts = new Map<string, { n: number; at: number; area: AreaRecord }>();
  for (const r of resolved) {
    if ((provinceOf(index, r.area)?.code ?? r.area.code) !== leader[0]) continue;
    const entry = counts.get(r.area.code);
    if (entry) entry.n += 1;
    else counts.set(r.area.code, { n: 1, at: r.at, area: r.area });
  }
  const [best, next] = [...counts.values()].sort((a, b) => b.n - a.n || a.at - b.at);
  // Several units of the province named as often ("5G tại TP Thanh Hóa, TP Sầm Sơn, ..."): the page is the province's.
  if (best && next && next.n === best.n && best.area.level !== 'PROVINCE') return provinceOf(index, best.area) ?? best.area;
  return best?.area ?? anchor;
}

/**
 * The mention that governs a figure: one inside its subject phrase; else the
 * nearest before it in its sentence; else the nearest named unit before it in
 * its paragraph; else none (the document's area applies).
 */
function governingMentions(
  mentions: readonly AreaMention[],
  mentionIndex: ReadonlyMap<AreaMention, number>,
  reading: Reading,
  figure: Figure,
  sentence: Sentence,
  paragraph: Paragraph | undefined,
  lower: string,
): AreaMention[] {
  // "nhiều tỉnh như Hà Giang, Lai Châu có tỷ lệ dưới 2%": the figure holds for each unit of a list.
  const withList = (chosen: AreaMention): AreaMention[] => {
    const list = [chosen];
    if (!chosen.named) return list;
    for (let i = (mentionIndex.get(chosen) ?? 0) - 1; i >= 0; i -= 1) {
      const m = mentions[i];
      const next = list[0];
      if (!m || !next || !m.named || m.start < sentence.start) break;
      if (!/^\s*(?:,|và|,\s*và|hoặc)\s*$/u.test(lower.slice(m.end, next.start))) break;
      list.unshift(m);
    }
    return list;
  };
  const inSubject = spansWithin(mentions, reading.subjectSpan.start, reading.subjectSpan.end);
  const own = reading.forward ? inSubject[0] : inSubject[inSubject.length - 1];
  if (own) return reading.forward ? [own] : withList(own);
  const before = spansWithin(mentions, sentence.start, figure.start);
  const nearest = before[before.length - 1];
  if (nearest) return withList(nearest);
  if (!paragraph) return [];
  const earlier = spansWithin(mentions, paragraph.start, sentence.start).filter((m) => m.named);
  const last = earlier[earlier.length - 1];
  return last ? [last] : [];
}

function resolveReference(
  index: AreaIndex,
  ref: AreaMention,
  mentions: readonly AreaMention[],
  paragraph: Paragraph | undefined,
  docArea: AreaRecord | undefined,
): AreaRecord | null {
  switch (ref.ref.kind) {
    case 'AREA':
      return ref.ref.area;
    case 'NATION':
    case 'UNRESOLVED':
      return null;
    case 'BACKREF': {
      const recent = spansWithin(mentions, paragraph?.start ?? 0, ref.start)
        .filter((m) => m.ref.kind === 'AREA')
        .map((m) => (m.ref.kind === 'AREA' ? m.ref.area : null))
        .filter((a): a is AreaRecord => a !== null);
      const last = recent[recent.length - 1];
      if (ref.ref.level === 'PROVINCE') {
        const p = (last && provinceOf(index, last)) ?? (docArea && provinceOf(index, docArea));
        return p ?? null;
      }
      if (ref.ref.level === 'DISTRICT') {
        const recentDistrict = [...recent].reverse().map((a) => districtOf(index, a)).find((d) => d !== undefined);
        return recentDistrict ?? (docArea ? districtOf(index, docArea) ?? null : null);
      }
      const isCity = (a: AreaRecord): boolean => a.level !== 'COMMUNE' && a.unitTypeVi.startsWith('Thành phố');
      if (last && isCity(last)) return last;
      if (docArea && isCity(docArea)) return docArea;
      return null;
    }
  }
}

// ---------------------------------------------------------------------------
// Periods

/** The year a plan names in its title ("kế hoạch ... năm 2012") or opening sentence. */
function findPlanYear(lower: string, title: Span | null, years: readonly YearMention[], planTitle: boolean): number | null {
  const inTitle = title && planTitle ? years.filter((y) => y.start >= title.start && y.end <= title.end && y.kind !== 'COMPARISON') : [];
  const last = inTitle[inTitle.length - 1];
  if (last) return last.to ?? last.from;
  const openingEnd = Math.min(lower.length, (title?.end ?? 0) + 600);
  const plan = /(?<![\p{L}])(?:kế hoạch|đề án|chương trình)(?![\p{L}])/gu;
  for (const m of lower.slice(0, openingEnd).matchAll(plan)) {
    const at = m.index ?? 0;
    const y = years.find((x) => x.kind !== 'COMPARISON' && x.start > at && x.start - at < 160);
    if (y) return y.to ?? y.from;
  }
  return null;
}

/** The year a report or yearbook names in its title ("Kết quả ứng dụng CNTT năm 2018", "Niên giám thống kê ... 2019"). */
function findReportYear(lower: string, title: Span | null, years: readonly YearMention[]): number | null {
  if (!title) return null;
  const text = lower.slice(title.start, title.end);
  if (!/(?<![\p{L}])(?:kết quả|báo cáo|tổng kết|sơ kết|niên giám|số liệu|thống kê)(?![\p{L}])/u.test(text)) return null;
  const inTitle = years.filter((y) => y.start >= title.start && y.end <= title.end && y.kind === 'YEAR');
  const bare = /(?<![\p{L}\p{N}])(\d{4})\s*$/u.exec(text);
  const last = inTitle[inTitle.length - 1];
  if (last) return last.from;
  return bare ? Number(bare[1]) : null;
}

/**
 * A year opening a paragraph ("Năm 2016, ...", "Đến cuối năm 2008, ...") dates
 * the paragraph's later sentences, except those that say they describe the
 * present ("hiện có", "đến nay"): those take the publication year.
 */
function paragraphTopicYears(paragraphs: readonly Paragraph[], sentences: readonly Sentence[], years: readonly YearMention[]): Map<number, YearMention> {
  const out = new Map<number, YearMention>();
  for (const p of paragraphs) {
    const first = sentences[firstSentenceIndex(sentences, p)];
    if (!first || first.paragraph !== p.index) continue;
    const y = spansWithin(years, first.start, first.start + 200).find((x) => x.kind !== 'COMPARISON' && x.start - first.start <= 25);
    if (y) out.set(p.index, y);
  }
  return out;
}

const PRESENT = /(?<![\p{L}])(?:hiện nay|hiện có|hiện đã|hiện tại|hiện|đến nay|tới nay|tính đến nay|hiện mới)(?![\p{L}])/u;

// ---------------------------------------------------------------------------
// Tables

const TABLE_TARGET = /(?<![\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu|dự kiến)(?![\p{L}])/u;

function readTableCell(
  c: CanonicalText,
  cell: TableCell,
  cues: readonly CueMatch[],
  mentions: readonly AreaMention[],
  index: AreaIndex,
  docArea: AreaRecord | undefined,
): ExtractedObservation[] {
  const kind: FigureKind = cell.percent ? 'percent' : 'count';
  const head = readHead(` ${cell.label}`);
  const subject = head.type === 'SUBJECT' ? head.subject : null;
  const context = `${cell.caption} ${cell.label}`;
  let labelCues = applySuppression(
    spansWithin(cues, cell.labelSpan.start, cell.labelSpan.end).filter((cue) => cueFits(cue, kind, subject) && requirementMet(cue, context)),
  );
  // A row named by a place: the indicator is in the caption ("Tỷ lệ hộ có Internet (%)" over rows of provinces).
  const rowArea = spansWithin(mentions, cell.labelSpan.start, cell.labelSpan.end)[0];
  if (labelCues.length === 0 && rowArea) {
    const captionSubject = readHead(` ${cell.caption}`);
    const subj = captionSubject.type === 'SUBJECT' ? captionSubject.subject : readSubjectBefore(cell.caption);
    labelCues = applySuppression(findCues(cell.caption).filter((cue) => cueFits(cue, kind, subj) && requirementMet(cue, cell.caption)));
  }
  // A row that names a part of the caption's indicator ("Số thuê bao điện thoại" over "Tổng số", "Di động"): the
  // caption and the label read together, when the cue reaches into the label or the row is the total.
  if (labelCues.length === 0 && !rowArea && cell.caption.length > 0) {
    const total = /^(?:tổng\s+số|tổng\s+cộng|tổng|cộng|total)(?![\p{L}])/u.test(cell.label);
    labelCues = applySuppression(
      findCues(cell.caption).flatMap((captionCue) => {
        const named = cell.caption.slice(captionCue.start, captionCue.end);
        const joined = `${named} ${cell.label}`;
        return findCues(joined).filter(
          (cue) => (total || cue.end > named.length + 1) && cueFits(cue, kind, subject) && requirementMet(cue, `${cell.caption} ${cell.label}`),
        );
      }),
    );
  }
  const byIndicator = new Map<IndicatorCode, CueMatch>();
  for (const cue of labelCues) if (!byIndicator.has(cue.rule.indicator)) byIndicator.set(cue.rule.indicator, cue);
  if (byIndicator.size !== 1) return [];
  const [cue] = byIndicator.values();
  if (!cue) return [];
  let area: AreaRecord | null | undefined = docArea;
  if (rowArea) area = resolveReference(index, rowArea, mentions, undefined, docArea);
  else {
    const before = spansWithin(mentions, Math.max(0, cell.quoteSpan.start - 400), cell.quoteSpan.start).filter((m) => cell.quoteSpan.start - m.end < 300);
    const near = before[before.length - 1];
    if (near) area = resolveReference(index, near, mentions, undefined, docArea);
  }
  if (!area) return [];
  const def = findIndicator(cue.rule.indicator);
  if (!def) return [];
  let value = cell.value;
  if (kind === 'count') {
    const unit = /(?<![\p{L}])(nghìn|ngàn|triệu)(?![\p{L}])/u.exec(context);
    if (unit) value = scaleValue(value, unit[1] === 'triệu' ? 1_000_000 : 1_000);
  }
  if (value < def.min || (def.max !== null && value > def.max)) return [];
  const dimensions: Dimensions = {};
  if (def.dimensions.includes('govLevel')) dimensions.govLevel = readGovLevel(cell.label);
  if (def.dimensions.includes('serviceLevel')) {
    if (!cue.serviceLevel) return [];
    dimensions.serviceLevel = cue.serviceLevel;
  }
  const span = toOriginalSpan(c, cell.quoteSpan.start, cell.quoteSpan.end);
  return [
    {
      indicator: def.code,
      dimensions,
      geography: 'pre2025',
      areaCode: area.code,
      areaName: areaDisplayName(area),
      areaLevel: area.level,
      period: cell.year,
      value,
      unit: def.unit,
      qualifier: 'EXACT',
      status: TABLE_TARGET.test(context) ? 'TARGET' : 'ACTUAL',
      quote: c.original.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      rule: 'year-table',
      confidence: 0.8,
    },
  ];
}
