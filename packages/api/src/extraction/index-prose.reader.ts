import { findIndicator, INDEX_FAMILIES, type AreaRecord, type Dimensions, type IndexComponentCue, type IndexFamily } from '@egov-vn/schema';
import { areaDisplayName, type AreaMention } from './area-resolver.js';
import { toOriginalSpan } from './canonical-text.js';
import type { ExtractedObservation } from './extraction.types.js';
import type { StrategyContext } from './reading-strategies.js';
import type { Sentence, Span } from './sentence-splitter.js';
import { post2025Namesake, post2025ProvinceMentions } from './post2025-provinces.js';
import { readRespectivelyRanks } from './respectively-ranks.js';
import { firstStartingAt, spansWithin } from './span-index.js';

/** What the prose index reader needs of the document. */
export type IndexProseInput = Pick<
  StrategyContext,
  'text' | 'c' | 'sentences' | 'mentions' | 'titleSpan' | 'skipTitle' | 'url' | 'publicationYear' | 'docArea'
>;

/** A place in the text that names an index (or one of its components). */
interface IndexMention extends Span {
  family: IndexFamily;
  component: IndexComponentCue | null;
}

/** A rank or score phrase of a sentence. */
export interface Reading extends Span {
  kind: 'rank' | 'score';
  value: number;
  /** Canonical span of the value (for the year that precedes it inside a parenthesis). */
  valueStart: number;
  /** Areas named by the phrase itself ("Quang Ninh and Can Tho (both 0.48)", "the runner-up - Thua Thien-Hue"). */
  areas: AreaRecord[] | null;
  /** The area is named after the phrase ("the runner-up - neighbouring Thua Thien-Hue province"). */
  areaAfter: boolean;
  /** ... and right after it ("thứ hai là TPHCM"). */
  adjacent?: boolean;
  /** A score in percent ("đạt 91,43%"): only indices scored in percent take it. */
  percent: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');

/** Every index cue (family names and component names), longest first, mapped back to their family. */
const CUES: ReadonlyArray<{ cue: string; family: IndexFamily; component: IndexComponentCue | null }> = INDEX_FAMILIES.flatMap((family) => [
  ...family.cues.map((cue) => ({ cue, family, component: null })),
  ...family.components.flatMap((component) => component.cues.map((cue) => ({ cue, family, component }))),
]).sort((a, b) => b.cue.length - a.cue.length);
const CUE_RE = new RegExp(`(?<![\\p{L}])(?:${CUES.map((x) => `(${escape(x.cue)})`).join('|')})(?![\\p{L}])`, 'gu');

function findIndexMentions(lower: string): IndexMention[] {
  const out: IndexMention[] = [];
  for (const m of lower.matchAll(CUE_RE)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const hit = CUES[k];
    if (!hit) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, family: hit.family, component: hit.component });
  }
  return out;
}

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const EN_ORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))';
const VI_ORD = '(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)';
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

/** Rank phrases: the value is group 1 (a number or an ordinal word), or fixed by the phrase. */
const RANK_PATTERNS: ReadonlyArray<{ re: RegExp; fixed?: number; areaAfter?: boolean; adjacent?: boolean }> = [
  // "xếp thứ 3/63", "đứng thứ 25", "xếp hạng 59/63", "vị trí thứ 6", "vị trí số 1", "hạng 56", "xếp 9/63"
  { re: new RegExp(`${NB}(?:(?:xếp|đứng|giữ|đạt|đoạt|ở|lên|xuống)\\s+(?:ở\\s+)?)?(?:vị\\s+trí|thứ\\s+hạng|hạng)\\s+(?:thứ\\s+|số\\s+)?(\\d{1,2}|${VI_ORD})${NA}`, 'gu') },
  { re: new RegExp(`${NB}(?:xếp|đứng|giữ)\\s+(?:ở\\s+)?(?:thứ\\s+)?(\\d{1,2}|${VI_ORD})(?=\\s*(?:\\/\\s*\\d|trên\\s+\\d|trong\\s+số|cả\\s+nước|toàn\\s+quốc|về|[,.;(]|$))`, 'gu') },
  { re: new RegExp(`${NB}(?:vị\\s+trí\\s+)?quán\\s+quân${NA}`, 'gu'), fixed: 1 },
  { re: new RegExp(`${NB}(?:vị\\s+trí\\s+)?á\\s+quân${NA}`, 'gu'), fixed: 2 },
  { re: new RegExp(`${NB}(?:đứng|xếp)\\s+(?:ở\\s+)?(?:vị\\s+trí\\s+)?(?:đầu|nhất)${NA}|${NB}dẫn\\s+đầu${NA}`, 'gu'), fixed: 1 },
  // English: "ranked 56th", "ranked fifth", "came third", "first place", "topping the ... rankings", "runner-up"
  { re: new RegExp(`${NB}(?:ranked|ranks|ranking|came|comes|finished|placed|stood)\\s+(?:at\\s+|in\\s+)?(?:no\\.?\\s*|number\\s+)?(\\d{1,2}|${EN_ORD})${NA}`, 'gu') },
  { re: new RegExp(`${NB}(?:the\\s+)?(${EN_ORD})\\s+(?:place|position|spot)${NA}`, 'gu') },
  { re: new RegExp(`${NB}(?:top(?:s|ped|ping)\\s+(?:the\\s+)?(?=[\\p{L}\\s-]{0,40}?(?:index|rankings?|ratings?|list))|led\\s+the\\s+(?:rankings?|ratings?))`, 'gu'), fixed: 1 },
  { re: new RegExp(`${NB}(?:the\\s+)?runner-?\\s?up${NA}`, 'gu'), fixed: 2, areaAfter: true },
  // "..., thứ hai là TPHCM, thứ ba là Quảng Ninh": the ordinal, then the place it names.
  { re: new RegExp(`${NB}(?:vị\\s+trí\\s+)?thứ\\s+(\\d{1,2}|${VI_ORD})\\s+(?:là|thuộc\\s+về)${NA}`, 'gu'), areaAfter: true, adjacent: true },
];

/** Editions before 2024 ranked the 63 provinces only (DTI 2024 was the first published for the 34 as well). */
const FIRST_2025_EDITION = 2024;
/** A rank out of the 63 provinces: "20/63", "63 tỉnh, thành phố", "out of 63". */
const RANKED_63 = /(?<![\p{N}])(?:\/\s*63|63\s+(?:tỉnh|địa\s+phương|provinces|localities)|out\s+of\s+63)(?![\p{N}])/u;
/** A goal the rank phrase states ("phấn đấu ... xếp thứ 10"), and a top-N group it describes ("top 10 tỉnh ... dẫn đầu"). */
const GOAL_BEFORE = /(?<![\p{L}])(?:phấn\s+đấu|mục\s+tiêu|aims?\s+to|target(?:s|ed)?)(?![\p{L}])[^.;]*$/u;
const GROUP_BEFORE = /(?<![\p{L}])(?:top|tốp|nhóm)\s+\d{1,2}(?![\p{L}\p{N}])[^.;]*$/u;
/** "12th consecutive year", "năm thứ 2 liên tiếp": ordinals of time, not ranks. */
const NOT_A_RANK_AFTER = /^\s*(?:consecutive|straight|successive|years?|times?|liên\s+tiếp|tỉnh|địa\s+phương|cities|provinces|localities)(?![\p{L}])/u;
/** Numbers a score may be printed as: "0.9238", "2,6972", "91,43", "1.00". */
const SCORE_NUMBER = '(\\d{1,3}(?:[.,]\\d{1,4})?)';
const SCORE_PATTERNS: ReadonlyArray<{ re: RegExp; percent?: boolean; parenthesis?: boolean }> = [
  { re: new RegExp(`${NB}${SCORE_NUMBER}\\s*(?:điểm|points)${NA}`, 'gu') },
  { re: new RegExp(`${NB}(?:đạt|với)\\s+(?:tỷ\\s+lệ\\s+)?${SCORE_NUMBER}\\s*%`, 'gu'), percent: true },
  { re: new RegExp(`${NB}(?:scored|score\\s+of|scoring|with\\s+a\\s+score\\s+of)\\s+${SCORE_NUMBER}(?!\\s*(?:%|percent))${NA}`, 'gu') },
  { re: new RegExp(`\\(\\s*(?:both\\s+|cùng\\s+)?${SCORE_NUMBER}\\s*(?:điểm\\s*)?\\)`, 'gu'), parenthesis: true },
];

/** Sentences about averages, ministries or regions: their figures belong to no province. */
const NOT_PROVINCIAL = /(?<![\p{L}])(?:trung bình|bình quân|average|ministry|ministries|(?<!(?:toàn|cán)\s)bộ(?!\s+(?:chỉ\s+số|tiêu\s+chí))|vùng)(?![\p{L}])/u;
/** An English sentence whose subject is the document's own place ("It scored", "The coastal resort city posted"). */
const SELF_SUBJECT = /^(?:it|the\s+(?:[\p{L}-]+\s+){0,3}(?:city|province)|this\s+(?:city|province))(?![\p{L}])/u;
/** After a rank: "trong số 63 tỉnh, thành phố", "/63", "cả nước" — then "về X" names what was ranked. */
const RANK_TAIL = /^(?:\s*\/\s*\d{1,2}|\s+trên\s+\d{1,2}|\s+trong\s+số\s+\d{1,2})?(?:\s+(?:tỉnh|địa\s+phương)[\p{L}\s,]*?(?=\s+về|[.;]|$))?(?:\s+(?:cả\s+nước|toàn\s+quốc))?\s+về\s/u;

const POST_2025_BASIS =
  /(?<![\p{N}])34\s+(?:tỉnh|địa\s+phương|provinces|localities|cities\s+and\s+provinces|provinces\s+and\s+cities)(?![\p{L}])|newly\s+merged|after\s+the\s+merger|sau\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp)/u;
const YEAR_RE = /(?<![\p{N}/.-])((?:19|20)\d{2})(?![\p{N}/]|\s*[-–]\s*\d|\.\d)/gu;
const BASELINE_BEFORE = /(?:so\s+với(?:\s+(?:cùng\s+kỳ\s+)?năm)?|from|since|than|compared\s+(?:with|to)(?:\s+\w+)?|giai\s+đoạn|period|từ(?:\s+năm)?|trước)\s*$/u;

interface YearAt extends Span {
  year: number;
}

function findYears(lower: string, from: number, to: number): YearAt[] {
  const out: YearAt[] = [];
  const slice = lower.slice(from, to);
  for (const m of slice.matchAll(YEAR_RE)) {
    const start = from + (m.index ?? 0);
    if (BASELINE_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) continue;
    // "năm 2021-2025", "2021 to 2025": a plan period is no edition.
    if (/^\s*(?:[-–]|to|đến)\s*\d{4}/u.test(lower.slice(start + 4, start + 14))) continue;
    out.push({ start, end: start + 4, year: Number(m[1]) });
  }
  return out;
}

/** The first year of a headline or an address that is not a baseline ("PAPI ... năm 2023: Giảm 12 bậc so với năm 2022" → 2023). */
function leadingYear(lower: string): number | null {
  return findYears(lower, 0, lower.length)[0]?.year ?? null;
}

function slugYear(url: string | null): number | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, '').toLowerCase();
  const m = /(?:^|[-_/])((?:19|20)\d{2})(?=$|[-_/.])/u.exec(path.replace(/\/\d{6,}\//gu, '/'));
  return m ? Number(m[1]) : null;
}

const parseScore = (raw: string): number => Number(raw.replace(',', '.'));
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm|tăng\s+thêm|cao\s+hơn|thấp\s+hơn|up|down|by|increase\s+of|decrease\s+of|gain\s+of|drop\s+of)\s*$/u;

/**
 * Ranks and scores of the published indices written in prose — "Hà Nội xếp thứ 3/63 ... về chỉ số
 * cải cách hành chính (PAR INDEX), đạt 91,43%", "Quang Ninh came third with a score of 0.6909",
 * "vị trí quán quân", "runner-up". The index is the one named after the phrase ("về ..."), else
 * before it in its sentence, else the last one the document named (a component carries over to
 * the next sentence only when that sentence names its places). The place is the one named before
 * the phrase (after it for "runner-up"); a sentence naming none is about the document's place
 * only when it does not speak of ministries, regions or averages (English: only with "It", "The
 * city"). The edition is a year of the sentence, else the year the document first gave an index
 * (an announcement states its edition first), else the headline's, the address's, the
 * publication's. Rank changes ("tăng 18 bậc"), "Top 10" and ordinals of time are not ranks.
 */
export function readIndexProse(input: IndexProseInput): ExtractedObservation[] {
  const { c, sentences, text } = input;
  const lower = c.lower;
  const indexMentions = findIndexMentions(lower);
  if (indexMentions.length === 0) return [];
  // A ranking of the 34 provinces of 1 July 2025: its places are the 2025 provinces, read as such.
  const post2025 = POST_2025_BASIS.test(lower);
  const mentions = post2025 ? post2025ProvinceMentions(c) : input.mentions;
  const docArea = post2025 ? post2025Namesake(input.docArea) : input.docArea;
  const english = isEnglish(lower);
  const topics = topicMatchers(indexMentions);

  // The edition each sentence states with an index, in text order.
  const sentenceOf = (pos: number): Sentence | undefined => {
    const s = sentences[firstStartingAt(sentences, pos + 1) - 1];
    return s && s.end > pos ? s : undefined;
  };
  const mentionYears = indexMentions.map((m) => {
    const s = sentenceOf(m.start);
    return s ? findYears(lower, s.start, s.end)[0]?.year ?? null : null;
  });
  const firstEdition = mentionYears.find((y) => y !== null) ?? null;
  const titleYear = input.titleSpan ? leadingYear(lower.slice(input.titleSpan.start, input.titleSpan.end)) : null;
  const fallbackYear = firstEdition ?? titleYear ?? slugYear(input.url) ?? input.publicationYear;

  const out: ExtractedObservation[] = [];
  let previousSentenceComponent: { sentence: number; mention: IndexMention } | null = null;
  // The one place the previous sentence's readings were about, for a sentence that goes on about it.
  let previousPlace: { sentence: number; area: AreaRecord } | null = null;
  sentences.forEach((sentence, si) => {
    const inTitle = input.titleSpan !== null && sentence.start >= input.titleSpan.start && sentence.end <= input.titleSpan.end;
    const own = spansWithin(indexMentions, sentence.start, sentence.end);
    const carried = previousSentenceComponent;
    previousSentenceComponent = null;
    if (inTitle && input.skipTitle) return;
    const readings = readPhrases(lower, sentence, mentions);
    if (readings.length === 0) return;
    const sentenceText = lower.slice(sentence.start, sentence.end);
    const years = findYears(lower, sentence.start, sentence.end);
    // On a page of the 2025 basis, a sentence about an edition that ranked the 63 provinces ("xếp thứ 20/63", DTI
    // 2023) names the pre-2025 provinces: "Tuyên Quang" there is the old province, never the merged one.
    const sentenceOn2025 = post2025 && !RANKED_63.test(sentenceText) && (years[0]?.year ?? fallbackYear ?? FIRST_2025_EDITION) >= FIRST_2025_EDITION;
    const sentenceAreas = spansWithin(sentenceOn2025 ? mentions : input.mentions, sentence.start, sentence.end).filter((m) => m.ref.kind === 'AREA');
    const placeCarried = previousPlace?.sentence === si - 1 ? previousPlace.area : null;
    // On the 2025 basis, a pre-2025 name ("Quảng Bình") still names a place: the sentence is not about the document's.
    const namesNoPlace = sentenceAreas.length === 0 && (!sentenceOn2025 || !spansWithin(input.mentions, sentence.start, sentence.end).some((m) => m.named));
    const ownArea = sentenceOn2025 ? docArea : input.docArea;
    const placesRead = new Set<AreaRecord>();
    let sentenceMention: IndexMention | undefined;

    readings.forEach((reading, k) => {
      const next = readings[k + 1];
      const clause = sentence.clauses.find((x) => x.start <= reading.start && reading.start < x.end) ?? sentence;
      // Which index: named after the phrase (up to the next phrase), else before it, else earlier in the document.
      // An index named after ", with ..." or "; " starts another statement ("..., with the X sector ranking 62nd").
      const after = own.filter(
        (m) => m.start >= reading.end && m.start < Math.min(next ? next.start : sentence.end, clause.end) && !OTHER_STATEMENT.test(lower.slice(reading.end, m.start)),
      );
      const before = own.filter((m) => m.end <= reading.start && m.start >= clause.start);
      const tail = lower.slice(reading.end, Math.min(sentence.end, reading.end + 80));
      // "đứng đầu cả nước về chuyển đổi số": ranked on what an index the document names measures.
      const topic = after.length === 0 ? topicAfter(tail, topics) : null;
      // "đứng đầu cả nước về sử dụng văn bản điện tử": ranked on something that is no index.
      if (after.length === 0 && !topic && (RANK_TAIL.test(tail) || /^\s+in\s+the\s+(?:category|field|area)\s+of/u.test(tail))) return;
      let mention: IndexMention | undefined = after[0] ?? topic ?? before[before.length - 1];
      if (mention && OVERALL_AFTER.test(tail)) mention = { ...mention, component: null };
      if (!mention) {
        const lastEarlier = indexMentions[firstStartingAt(indexMentions, reading.start) - 1];
        const named = reading.areas !== null || sentenceAreas.length > 0;
        // "..., thứ hai là TPHCM": a later rank of the same sentence keeps the index of the one before.
        // A component named in a list of the index's parts ("với 3 trụ cột chính quyền số, kinh tế số và xã hội số") is none of them.
        const earlier = lastEarlier && isListed(lower, indexMentions, lastEarlier) ? { ...lastEarlier, component: null } : lastEarlier;
        mention = sentenceMention ?? (named && carried && carried.sentence === si - 1 ? carried.mention : earlier);
      }
      if (!mention) return;
      sentenceMention = mention;
      if (mention.component) previousSentenceComponent = { sentence: si, mention };
      // "Chính quyền số" và "Kinh tế số" ... đều ở vị trí thứ 3: components coordinated before the phrase share it.
      const targets = mention === before[before.length - 1] ? coordinatedBefore(lower, before) : [mention];
      const readable = targets.flatMap((t) => {
        const target = t.component ?? t.family;
        const code = reading.kind === 'rank' ? target.rank : target.score;
        const def = code ? findIndicator(code) : undefined;
        if (!code || !def || reading.value < def.min || (def.max !== null && reading.value > def.max)) return [];
        if (reading.kind === 'score' && reading.percent && (def.max === null || def.max < 100)) return [];
        if (reading.kind === 'score' && !reading.percent && def.max !== null && def.max >= 100 && reading.value <= 1) return [];
        return [{ mention: t, code, def }];
      });
      if (readable.length === 0) return;

      // Which place.
      let areas: AreaRecord[] = [];
      if (reading.areas) areas = reading.areas;
      else {
        const near = reading.areaAfter
          ? sentenceAreas.filter((m) => m.start >= reading.end && m.start - reading.end <= (reading.adjacent ? 2 : 60)).slice(0, 1)
          : sentenceAreas.filter((m) => m.end <= reading.start).slice(-1);
        const area = near[0]?.ref.kind === 'AREA' ? near[0].ref.area : null;
        if (area) areas = [area];
        else if (reading.areaAfter) areas = [];
        else if (placeCarried && namesNoPlace && (CONTINUES.test(sentenceText.trimStart()) || mention.component !== null)) {
          // "Hà Nội ... xếp thứ 24/63. Trong đó, chính quyền số xếp thứ 40/63": the place goes on from the sentence before.
          areas = [placeCarried];
        } else if (ownArea && !NOT_PROVINCIAL.test(sentenceText)) {
          // No place before the phrase: the document's own place, when the sentence names none (Vietnamese)
          // or opens with it ("It scored", "The coastal resort city posted", "In 2023, the province's PAR INDEX").
          const self = english ? SELF_SUBJECT.test(sentenceText.trimStart().replace(LEADING_ADVERBIAL, '')) : namesNoPlace;
          if (self) areas = [ownArea];
        }
      }
      areas = areas.filter((a) => a.level === 'PROVINCE');
      if (areas.length === 0) return;
      for (const a of areas) placesRead.add(a);

      // Which edition: a year inside the value's parenthesis ("(năm 2022 đạt 2,30 điểm)"), else the sentence's.
      const open = lower.lastIndexOf('(', reading.valueStart);
      const inParenthesis = open >= sentence.start && lower.indexOf(')', open) >= reading.valueStart ? open : -1;
      const ownYear =
        inParenthesis >= 0
          ? years.filter((y) => y.start > inParenthesis && y.end <= reading.valueStart).pop()
          : years.filter((y) => y.end <= reading.start).pop() ??
            years.find((y) => y.start >= reading.end && !isInParenthesis(lower, y.start, sentence.start));
      const period = ownYear?.year ?? fallbackYear ?? null;

      const span = toOriginalSpan(c, sentence.start, sentence.end);
      for (const { mention: target, code, def } of readable) {
      const dimensions: Dimensions = def.dimensions.includes('component') ? { component: target.component?.component ?? 'OVERALL' } : {};
      for (const area of areas) {
        out.push({
          indicator: code,
          dimensions,
          geography: area.geography,
          areaCode: area.code,
          areaName: areaDisplayName(area),
          areaLevel: area.level,
          period,
          value: reading.value,
          unit: def.unit,
          qualifier: 'EXACT',
          status: 'ACTUAL',
          quote: text.slice(span.start, span.end),
          start: span.start,
          end: span.end,
          rule: 'index-prose',
          confidence: reading.areas || mention === after[0] || mention === before[before.length - 1] ? 0.6 : 0.45,
        });
      }
      }
    });
    const [only] = placesRead;
    previousPlace = placesRead.size === 1 && only ? { sentence: si, area: only } : null;
  });
  return out;
}

const OTHER_STATEMENT = /[,;]\s*(?:with|while|whereas|and|còn|trong\s+khi)\s/u;
const COORDINATION = /^["'“”\s]*(?:,|,?\s*và|,?\s*and|&)["'“”\s]*$/u;
/** "ranked first overall", "xếp thứ 5 chung cuộc": the headline rank, whatever components follow. */
const OVERALL_AFTER = /^\s*(?:overall|in\s+total|tổng\s+thể|chung\s+cuộc)(?![\p{L}])/u;

/** The component mentions coordinated with the last one before a phrase, in text order ("A" và "B"). */
function coordinatedBefore(lower: string, before: readonly IndexMention[]): IndexMention[] {
  const last = before[before.length - 1];
  if (!last) return [];
  const out = [last];
  for (let i = before.length - 2; i >= 0; i -= 1) {
    const m = before[i];
    const head = out[0];
    if (!m || !head || !m.component || !head.component || m.family !== head.family || !COORDINATION.test(lower.slice(m.end, head.start))) break;
    out.unshift(m);
  }
  return out;
}

/** A component mention that is one of a list of the same index's components. */
function isListed(lower: string, all: readonly IndexMention[], m: IndexMention): boolean {
  if (!m.component) return false;
  const k = all.indexOf(m);
  const near = [all[k - 1], all[k + 1]].filter((x): x is IndexMention => x !== undefined && x.family === m.family && x.component !== null);
  return near.some((x) => COORDINATION.test(x.end <= m.start ? lower.slice(x.end, m.start) : lower.slice(m.end, x.start)));
}

/** A sentence that goes on about the subject of the one before: "Trong đó, ...", "Cụ thể, ...", "Of which, ...". */
const CONTINUES = /^(?:trong\s+đó|trong\s+số\s+đó|cụ\s+thể|of\s+which|in\s+particular|specifically)(?![\p{L}])/u;
/** "In 2023, ", "Last year, ": an opening adverbial before the subject. */
const LEADING_ADVERBIAL = /^(?:(?:in|by)\s+(?:19|20)\d{2}|last\s+year|this\s+year)\s*,?\s*/u;

/** Topic phrases of the index families the document names by name ("về chuyển đổi số" → DTI, with a DTI cue elsewhere). */
function topicMatchers(indexMentions: readonly IndexMention[]): ReadonlyArray<{ re: RegExp; mention: IndexMention }> {
  const named = new Map<IndexFamily, IndexMention>();
  for (const m of indexMentions) if (!named.has(m.family)) named.set(m.family, m);
  return [...named].flatMap(([family, mention]) =>
    (family.topics ?? []).map((topic) => ({ re: new RegExp(`^\\s+(?:cả\\s+nước\\s+|toàn\\s+quốc\\s+|the\\s+country\\s+)?(?:về|in|on)\\s+${escape(topic)}(?![\\p{L}])`, 'u'), mention: { ...mention, component: null } })),
  );
}

function topicAfter(tail: string, topics: ReadonlyArray<{ re: RegExp; mention: IndexMention }>): IndexMention | null {
  return topics.find((t) => t.re.test(tail))?.mention ?? null;
}

function isInParenthesis(lower: string, at: number, from: number): boolean {
  const open = lower.lastIndexOf('(', at);
  return open >= from && lower.lastIndexOf(')', at) < open;
}

/** The rank and score phrases of a sentence, in text order, without overlaps. */
function readPhrases(lower: string, sentence: Sentence, mentions: readonly AreaMention[]): Reading[] {
  const slice = lower.slice(sentence.start, sentence.end);
  // "A, B and C ranked first through third respectively": one reading per place, read before the single ranks.
  const respectively = readRespectivelyRanks(lower, sentence, mentions);
  const out: Reading[] = respectively.readings;
  const overlaps = (s: number, e: number): boolean => out.some((r) => s < r.end && e > r.start) || respectively.spans.some((r) => s < r.end && e > r.start);
  for (const p of RANK_PATTERNS) {
    for (const m of slice.matchAll(p.re)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (overlaps(start, end) || NOT_A_RANK_AFTER.test(lower.slice(end, end + 20))) continue;
      // "tăng 5 bậc", "lên 3 hạng": a change, not a rank.
      if (/^\s*(?:bậc|hạng|places?|spots?|positions?)(?![\p{L}])/u.test(lower.slice(end, end + 12))) continue;
      // "phấn đấu xếp thứ 10", "aims to rank fifth": a goal, not a rank; "top 10 tỉnh, thành phố dẫn đầu": the leaders
      // are a group, none of them first.
      const lead = lower.slice(Math.max(sentence.start, start - 80), start);
      if (GOAL_BEFORE.test(lead) || (p.fixed === 1 && GROUP_BEFORE.test(lead))) continue;
      let value = p.fixed ?? null;
      const raw = m[1];
      if (value === null && raw !== undefined) value = /^\d/u.test(raw) ? Number.parseInt(raw, 10) : ORDINAL_WORDS[raw] ?? null;
      if (value === null || value < 1) continue;
      const valueStart = raw !== undefined ? start + m[0].lastIndexOf(raw) : start;
      out.push({ start, end, kind: 'rank', value, valueStart, areas: null, areaAfter: p.areaAfter === true, adjacent: p.adjacent === true, percent: false });
    }
  }
  for (const p of SCORE_PATTERNS) {
    for (const m of slice.matchAll(p.re)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      const raw = m[1];
      if (overlaps(start, end) || raw === undefined) continue;
      // "tăng 1,59 điểm", "up 2.1 points": a change of the score, not the score.
      if (CHANGE_BEFORE.test(lower.slice(Math.max(sentence.start, start - 24), start))) continue;
      const valueStart = start + m[0].indexOf(raw);
      let areas: AreaRecord[] | null = null;
      if (p.parenthesis) {
        // "(0.8147)" right after a place ("Thua Thien-Hue province (0.8147)"), "(both 0.48)" after a list of places.
        areas = placesRightBefore(lower, mentions, start, sentence.start);
        if (areas.length === 0) continue;
        if (!/both|cùng/u.test(m[0]) && areas.length > 1) areas = areas.slice(-1);
      }
      out.push({ start, end, kind: 'score', value: parseScore(raw), valueStart, areas, areaAfter: false, percent: p.percent === true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The places named right before `at`, joined by commas or "and" ("Quang Ninh and Can Tho (both 0.48)"). */
function placesRightBefore(lower: string, mentions: readonly AreaMention[], at: number, from: number): AreaRecord[] {
  const out: AreaRecord[] = [];
  let cursor = at;
  const candidates = spansWithin(mentions, from, at).filter((m) => m.ref.kind === 'AREA');
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const m = candidates[i];
    if (!m || m.ref.kind !== 'AREA') break;
    const gap = lower.slice(m.end, cursor);
    const joiner = out.length === 0 ? /^\s*(?:province|city|tỉnh|thành\s+phố)?\s*$/u : /^\s*(?:,|and|và|&)\s*$/u;
    if (!joiner.test(gap)) break;
    out.unshift(m.ref.area);
    cursor = m.start;
  }
  return out;
}

/** A text in English: its common function words outnumber a handful in the first 2,000 characters. */
export function isEnglish(lower: string): boolean {
  return (lower.slice(0, 2000).match(/(?<![\p{L}])(?:the|and|of|with|is|was|has)(?![\p{L}])/gu)?.length ?? 0) > 5;
}
