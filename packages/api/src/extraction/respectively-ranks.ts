import type { AreaRecord } from '@egov-vn/schema';
import type { AreaMention } from './area-resolver.js';
import type { Reading } from './index-prose.reader.js';
import type { Sentence, Span } from './sentence-splitter.js';
import { spansWithin } from './span-index.js';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
const EN_TOKEN = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)?)';
const VI_TOKEN = '(?:thứ\\s+)?(?:\\d{1,2}|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)';
// Each repetition starts with its own separator ("," / "and" / "và"), so the lists match in linear time.
const list = (t: string): string => `${t}(?:\\s*,\\s*(?:and\\s+|và\\s+)?${t}|\\s+(?:and|và|&)\\s+${t})*`;
const range = (t: string): string => `${t}\\s+(?:through|to|đến|tới)\\s+${t}|${t}\\s*[-–]\\s*${t}`;

/** "ranked first through fifth respectively", "placed 2nd, 5th and 9th, respectively". */
const EN_RESPECTIVELY = new RegExp(
  `(?<![\\p{L}])(?:ranked|ranking|rank|placed|came|finished|stood|took)\\s+(?:in\\s+|at\\s+)?(?:the\\s+)?(${range(EN_TOKEN)}|${list(EN_TOKEN)})(?:\\s+(?:places?|positions?|spots?))?\\s*,?\\s+respectively(?![\\p{L}])`,
  'gu',
);
/** "lần lượt xếp thứ nhất đến thứ năm", "lần lượt đứng thứ 5, 7 và 9", "lần lượt ở vị trí 1, 2, 3". */
const VI_RESPECTIVELY = new RegExp(
  `(?<![\\p{L}])lần\\s+lượt\\s+(?:(?:xếp|đứng|giữ|đạt|ở)\\s+)?(?:ở\\s+)?(?:(?:các\\s+)?(?:vị\\s+trí|hạng)\\s+)?(${range(VI_TOKEN)}|${list(VI_TOKEN)})(?![\\p{L}\\p{N}])`,
  'gu',
);

function ranksOf(phrase: string): number[] {
  const tokens = [...phrase.matchAll(/(?<![\p{L}\p{N}])(\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?:st|nd|rd|th)?(?![\p{L}\p{N}])/gu)].map(
    (m) => (/^\d/u.test(m[1] ?? '') ? Number.parseInt(m[1] ?? '', 10) : ORDINALS[m[1] ?? ''] ?? 0),
  );
  const isRange = /(?:through|to|đến|tới|[-–])/u.test(phrase) && tokens.length === 2;
  if (isRange) {
    const [from = 0, to = 0] = tokens;
    if (from < 1 || to <= from || to - from > 20) return [];
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  }
  return tokens.every((t) => t >= 1) ? tokens : [];
}

/** The places named right before `at`, joined by commas, "and", "và" ("Hanoi, Hue, ..., and Thanh Hoa"). */
function placeListBefore(lower: string, mentions: readonly AreaMention[], at: number, from: number): AreaRecord[] {
  const out: AreaRecord[] = [];
  let cursor = at;
  const named = spansWithin(mentions, from, at);
  for (let i = named.length - 1; i >= 0; i -= 1) {
    const m = named[i];
    if (!m || m.ref.kind !== 'AREA') break;
    const gap = lower.slice(m.end, cursor).trim();
    const unit = '(?:(?:city|province|tỉnh|thành\\s+phố)\\s*)?';
    const joiner = out.length === 0 ? new RegExp(`^${unit}$`, 'u') : new RegExp(`^${unit}(?:,|,?\\s*and|,?\\s*và|&)$`, 'u');
    if (!joiner.test(gap)) break;
    out.unshift(m.ref.area);
    cursor = m.start;
  }
  return out;
}

/**
 * Ranks given to a list of places in order: "Hanoi, Hue, Hai Phong, Ho Chi Minh City, and Thanh Hoa
 * ranked first through fifth respectively", "Đà Nẵng, Quảng Ninh và Hà Nội lần lượt xếp thứ nhất, thứ
 * hai, thứ ba". One reading per place, nothing when the counts of places and ranks differ.
 */
export function readRespectivelyRanks(lower: string, sentence: Sentence, mentions: readonly AreaMention[]): { readings: Reading[]; spans: Span[] } {
  const slice = lower.slice(sentence.start, sentence.end);
  const out: Reading[] = [];
  // Every list phrase, read or not: its ranks are never read one by one.
  const spans: Span[] = [];
  for (const re of [EN_RESPECTIVELY, VI_RESPECTIVELY]) {
    for (const m of slice.matchAll(re)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      const ranks = ranksOf(m[1] ?? '');
      const places = placeListBefore(lower, mentions, start, sentence.start);
      spans.push({ start, end });
      if (ranks.length < 2 || places.length !== ranks.length) continue;
      places.forEach((area, k) => {
        out.push({ start, end, kind: 'rank', value: ranks[k] ?? 0, valueStart: start, areas: [area], areaAfter: false, percent: false });
      });
    }
  }
  return { readings: out, spans };
}
