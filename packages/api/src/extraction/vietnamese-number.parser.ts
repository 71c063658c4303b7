/**
 * Vietnamese number formatting: "." groups thousands and "," marks decimals
 * ("27.605" = 27605, "9,62" = 9.62). Texts copied from English-style sources
 * also occur, so a few unambiguous English forms are accepted too.
 *
 * Rules, in order (documented because "1.500" is ambiguous in the wild):
 * - `27605`, `02`                  → integer (leading zeros allowed)
 * - `27.605`, `1.200.000`          → dots group thousands (groups of exactly 3)
 * - `27.605,5`                     → thousands then decimal comma
 * - `9,62`                         → decimal comma
 * - `1,200,000`, `1,200.5`         → English thousands (two or more comma groups, or comma groups then a dot)
 * - `9.62`, `0.5342`               → a dot NOT followed by exactly 3 digits is an English decimal point
 * - anything else (`1.2.3`, `1,2,3`) → `null`
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+\.(?:\d{1,2}|\d{4,})$/.test(s)) return Number(s);
  return null;
}

/** A number token found in a text (offsets into the scanned string). */
export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  value: number;
}

// A digit run with inner "." / "," separators; the trailing separator of
// "27.605," or "100." is sentence punctuation and stays outside the token.
const TOKEN = /\d(?:[\d.,]*\d)?/g;

/**
 * Every parseable number in `text` that stands alone as a word: digits glued to
 * letters ("4G", "CT06", "10h30") are not figures.
 *
 * @example
 * scanNumbers('có 27.605 thuê bao, đạt 9,62%').map((t) => t.value) // [27605, 9.62]
 */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const raw = match[0];
    const end = start + raw.length;
    if (/[\p{L}_]/u.test(text[start - 1] ?? '')) continue;
    if (/[\p{L}_]/u.test(text[end] ?? '')) continue;
    // "1.2.2014"-like runs are not numbers.
    const value = parseVietnameseNumber(raw);
    if (value === null || !Number.isFinite(value)) continue;
    tokens.push({ start, end, raw, value });
  }
  return tokens;
}

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^\s*(?:nghìn|ngàn)(?![\p{L}])/u, 1_000],
  [/^\s*triệu(?![\p{L}])/u, 1_000_000],
  [/^\s*tỷ(?!\s*lệ)(?![\p{L}])/u, 1_000_000_000],
];

/**
 * A scale word right after a number ("1,2 triệu" = 1,200,000): returns the
 * factor and the length consumed, or `null`.
 */
export function readMultiplier(after: string): { factor: number; length: number } | null {
  for (const [pattern, factor] of MULTIPLIERS) {
    const m = pattern.exec(after);
    if (m) return { factor, length: m[0].length };
  }
  return null;
}

/** Multiplies without binary noise: 1,2 × 1000 = 1200, not 1200.0000000000002. */
export function scaleValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
