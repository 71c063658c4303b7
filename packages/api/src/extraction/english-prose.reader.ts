import { ENGLISH_CUES, findIndicator, type AreaRecord, type Dimensions, type EnglishCue, type GovLevel, type Qualifier } from '@egov-vn/schema';
import { areaDisplayName } from './area-resolver.js';
import { toOriginalSpan } from './canonical-text.js';
import type { ExtractedObservation } from './extraction.types.js';
import { isEnglish } from './index-prose.reader.js';
import type { StrategyContext } from './reading-strategies.js';
import type { Sentence, Span } from './sentence-splitter.js';
import { spansWithin } from './span-index.js';

export type EnglishProseInput = Pick<StrategyContext, 'text' | 'c' | 'sentences' | 'mentions' | 'titleSpan' | 'skipTitle' | 'publicationYear' | 'docArea'>;

interface Cue extends Span {
  rule: EnglishCue;
  serviceLevel: string | null;
}

interface Figure extends Span {
  value: number;
  percent: boolean;
  qualifier: Qualifier;
}

const CUE_RES = ENGLISH_CUES.map((rule) => ({
  rule,
  re: new RegExp(rule.patterns.map((p) => `(?<![\\p{L}\\p{N}])(?:${p.replace(/ /gu, '\\s+')})(?![\\p{L}])`).join('|'), 'gu'),
}));

// "8,000", "1,595", "72.63", "837"; not part of "57NQ/TW", "28/2018", "4G".
const NUMBER = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{L}\p{N}/]|[.,]\d)/gu;
const PERCENT_AFTER = /^\s*(?:%|percent|per\s+cent)(?![\p{L}])/u;
/** Numbers that are no figures: decisions, money, multipliers, durations, years. */
const NOISE_BEFORE = /(?:no\.?|number|decision|resolution|decree|plan|circular|directive|vnd|\$|us\$|top|phase|level|levels|grade|class)\s*$/u;
const NOISE_AFTER = /^\s*(?:million|billion|trillion|vnd|dong|usd|years?|months?|days?|hours?|minutes?|times|tasks?|teams?|members?|people|residents|users|civil servants|officials|enterprises|businesses|consecutive|th|st|nd|rd)(?![\p{L}])/u;
/** A change is not a level: "rose by 12%", "12 percent higher". */
const CHANGE_BEFORE = /(?:by|up|down|increase[ds]?|decrease[ds]?|rose|fell|grew|growth\s+of)\s*$/u;
const CHANGE_AFTER = /^\s*(?:%|percent)?\s*(?:higher|lower|more|less|increase|decrease|growth|up|down)(?![\p{L}])/u;
/** Shares of people or the public are not e-government shares ("80 percent of local residents"). */
const FOREIGN_SUBJECT = /^\s*(?:%|percent)\s+of\s+(?:the\s+)?(?:local\s+)?(?:residents|people|citizens|enterprises|businesses|organisations|organizations|respondents|users|households\s+surveyed)/u;
const NATIONAL = /(?<![\p{L}])(?:nationwide|the\s+country|vietnam[’']s|national\s+average|across\s+the\s+country)(?![\p{L}])/u;
const TARGET = /(?<![\p{L}])(?:aims?\s+to|plans?\s+to|targets?|goal|striv(?:e|es|ing)\s+to|will|expected\s+to|by\s+20\d{2})(?![\p{L}])/u;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const YEAR_RE = /(?<![\p{N}/.,-])((?:19|20)\d{2})(?![\p{N}/]|\s*[-–]\s*\d)/gu;

function qualifierBefore(before: string): Qualifier {
  if (/(?:more\s+than|over|above|exceeding)\s*$/u.test(before)) return 'MORE_THAN';
  if (/(?:nearly|about|around|approximately|almost|some)\s*$/u.test(before)) return 'APPROX';
  if (/(?:at\s+least|minimum\s+of)\s*$/u.test(before)) return 'AT_LEAST';
  if (/(?:less\s+than|under|below|fewer\s+than)\s*$/u.test(before)) return 'LESS_THAN';
  return 'EXACT';
}

function govLevelOf(clause: string): GovLevel {
  const tiers = [
    /(?<![\p{L}])provinc(?:e|ial)(?:-level|\s+level)/u,
    /(?<![\p{L}])district(?:-level|\s+level)/u,
    /(?<![\p{L}])commune(?:-level|\s+level)/u,
  ].map((re) => re.test(clause));
  if (/from\s+(?:the\s+)?province\s+to\s+(?:the\s+)?(?:commune|district)/u.test(clause)) return 'ALL';
  const named = tiers.filter(Boolean).length;
  if (named !== 1) return 'ALL';
  return tiers[0] ? 'PROVINCE' : tiers[1] ? 'DISTRICT' : 'COMMUNE';
}

/**
 * Figures of English pages: a number with the English cue of an indicator in its clause, the
 * cue nearest to it with no other number between them (after it: "837 full-process online
 * public services"; before it: "the rate of online records ... reached 72.63%"). A cue more
 * specific than another overrides it (digital signatures over electronic documents). The place
 * is the one named before the figure in its sentence, else the document's; the year is one of
 * the sentence, else the year last given to a month the sentence names alone ("By October"
 * after "In October 2025"), else the publication year, else none. Changes, shares of residents,
 * national figures, decisions, money and durations are no figures.
 */
export function readEnglishProse(input: EnglishProseInput): ExtractedObservation[] {
  const { c, sentences, text } = input;
  const lower = c.lower;
  if (!isEnglish(lower)) return [];
  const monthYears = new Map<string, { at: number; year: number }[]>();
  for (const m of lower.matchAll(new RegExp(`(?<![\\p{L}])(${MONTHS})\\s*,?\\s*((?:19|20)\\d{2})(?![\\p{N}])`, 'gu'))) {
    const list = monthYears.get(m[1] ?? '') ?? [];
    list.push({ at: m.index ?? 0, year: Number(m[2]) });
    monthYears.set(m[1] ?? '', list);
  }
  const out: ExtractedObservation[] = [];
  for (const sentence of sentences) {
    if (input.skipTitle && input.titleSpan && sentence.start >= input.titleSpan.start && sentence.end <= input.titleSpan.end) continue;
    const sentenceText = lower.slice(sentence.start, sentence.end);
    for (const clause of splitClauses(lower, sentence)) {
      const clauseText = lower.slice(clause.start, clause.end);
      if (NATIONAL.test(clauseText)) continue;
      const figures = scanFigures(lower, clause);
      if (figures.length === 0) continue;
      const cues = findCues(lower, clause);
      figures.forEach((figure, k) => {
        const previous = figures[k - 1];
        const next = figures[k + 1];
        const fits = (cue: Cue): boolean => (cue.rule.kind === 'percent') === figure.percent;
        // The cue right after the figure, else the cues between the previous figure and this one.
        const afterCue = cues.find((q) => fits(q) && q.start >= figure.end && q.start - figure.end <= 12 && (!next || q.start < next.start));
        const beforeCues = cues.filter((q) => fits(q) && q.end <= figure.start && (!previous || q.start >= previous.end) && figure.start - q.end <= 160);
        let chosen = afterCue ? [afterCue] : beforeCues;
        const suppressed = new Set(chosen.flatMap((q) => q.rule.suppresses ?? []));
        chosen = chosen.filter((q) => !suppressed.has(q.rule.indicator));
        const area = areaFor(input, sentence, figure);
        if (!area) return;
        for (const cue of chosen) emit(cue, figure, area, clause, sentence, sentenceText);
      });
    }
  }
  return out;

  function emit(cue: Cue, figure: Figure, area: AreaRecord, clause: Span, sentence: Sentence, sentenceText: string): void {
    const def = findIndicator(cue.rule.indicator);
    if (!def || figure.value < def.min || (def.max !== null && figure.value > def.max)) return;
    const dimensions: Dimensions = { ...(cue.rule.dimensions ?? {}) };
    if (def.dimensions.includes('serviceLevel')) {
      if (!cue.serviceLevel) return;
      dimensions.serviceLevel = cue.serviceLevel as Dimensions['serviceLevel'];
    }
    if (def.dimensions.includes('govLevel')) dimensions.govLevel = govLevelOf(lower.slice(clause.start, clause.end));
    const span = toOriginalSpan(c, clause.start, clause.end);
    out.push({
      indicator: cue.rule.indicator,
      dimensions,
      geography: 'pre2025',
      areaCode: area.code,
      areaName: areaDisplayName(area),
      areaLevel: area.level,
      period: periodOf(figure, sentence),
      value: figure.value,
      unit: def.unit,
      qualifier: figure.qualifier,
      status: TARGET.test(sentenceText) ? 'TARGET' : 'ACTUAL',
      quote: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      rule: 'english-prose',
      confidence: 0.6,
    });
  }

  function periodOf(figure: Figure, sentence: Sentence): number | null {
    {
      const own = [...lower.slice(sentence.start, sentence.end).matchAll(YEAR_RE)]
        .map((m) => ({ at: sentence.start + (m.index ?? 0), year: Number(m[1]) }))
        .filter((y) => !/(?:since|from|compared\s+(?:with|to)|than)\s*$/u.test(lower.slice(Math.max(0, y.at - 20), y.at)));
      const stated = own.filter((y) => y.at < figure.start).pop() ?? own.find((y) => y.at > figure.end);
      if (stated) return stated.year;
      // "By October": the year last given to that month.
      const month = new RegExp(`(?<![\\p{L}])(${MONTHS})(?![\\p{L}])(?!\\s*,?\\s*\\d)`, 'u').exec(lower.slice(sentence.start, sentence.end));
      const known = month ? (monthYears.get(month[1] ?? '') ?? []).filter((y) => y.at < sentence.start).pop() : undefined;
      if (known) return known.year;
    }
    return input.publicationYear;
  }
}

function areaFor(input: EnglishProseInput, sentence: Span, figure: Figure): AreaRecord | null {
  const named = spansWithin(input.mentions, sentence.start, figure.start).filter((m) => m.ref.kind === 'AREA');
  const last = named[named.length - 1];
  if (last && last.ref.kind === 'AREA') return last.ref.area;
  return input.docArea;
}

/** Clauses: semicolons, and ", of which" / ", while" that open a part about a subset or another thing. */
function splitClauses(lower: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  const re = /;|,\s+(?:of\s+which|while|whereas|including)(?![\p{L}])/gu;
  for (const m of lower.slice(sentence.start, sentence.end).matchAll(re)) {
    const at = sentence.start + (m.index ?? 0);
    out.push({ start, end: m[0] === ';' ? at + 1 : at });
    start = at + (m[0] === ';' ? 1 : 0);
  }
  out.push({ start, end: sentence.end });
  return out.map((s) => trim(lower, s)).filter((s) => s.end > s.start);
}

function trim(lower: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/u.test(lower[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(lower[end - 1] ?? '')) end -= 1;
  return { start, end };
}

function scanFigures(lower: string, clause: Span): Figure[] {
  const out: Figure[] = [];
  const slice = lower.slice(clause.start, clause.end);
  for (const m of slice.matchAll(NUMBER)) {
    const start = clause.start + (m.index ?? 0);
    const end = start + m[0].length;
    const before = lower.slice(Math.max(clause.start, start - 40), start);
    const after = lower.slice(end, Math.min(clause.end, end + 40));
    const value = Number(`${(m[1] ?? '').replace(/,/gu, '')}${m[2] ? `.${m[2]}` : ''}`);
    const percent = PERCENT_AFTER.test(after);
    if (!percent && !m[2] && value >= 1900 && value <= 2100) continue;
    if (NOISE_BEFORE.test(before) || (!percent && NOISE_AFTER.test(after))) continue;
    if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || FOREIGN_SUBJECT.test(after)) continue;
    // A range "97.5 - 99.9 percent" states no single level.
    if (/^\s*[-–]\s*\d/u.test(after) || /\d\s*[-–]\s*$/u.test(before)) continue;
    const pct = percent ? PERCENT_AFTER.exec(after) : null;
    out.push({ start, end: end + (pct ? pct[0].length : 0), value, percent, qualifier: qualifierBefore(before) });
  }
  return out;
}

function findCues(lower: string, clause: Span): Cue[] {
  const slice = lower.slice(clause.start, clause.end);
  const out: Cue[] = [];
  for (const { rule, re } of CUE_RES) {
    for (const m of slice.matchAll(re)) {
      const start = clause.start + (m.index ?? 0);
      const level = m.slice(1).find((g) => g !== undefined) ?? null;
      out.push({ start, end: start + m[0].length, rule, serviceLevel: level });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
