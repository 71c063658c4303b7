/** A span of the canonical text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Clause extends Span {
  /** Index of the sentence it belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Semicolon-separated parts; a single clause spanning the sentence when there is none. */
  clauses: Clause[];
  /** True when the sentence was split on semicolons (its clauses then drop the final "."). */
  splitOnSemicolons: boolean;
}

export interface Paragraph extends Span {
  index: number;
}

// Abbreviations whose final "." does not end a sentence ("TP. Hồ Chí Minh", "TS. Nguyễn").
const ABBREVIATIONS = new Set([
  'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'th.s', 'mr', 'ms', 'st', 'v.v', 'vv',
  'đ/c', 'đc', 'ông', 'bà', 'tr', 'sđd', 'tel', 'fax', 'đt', 'no', 'vs',
]);

/**
 * Splits a canonical (lower-case) text into paragraphs (lines), sentences and
 * semicolon clauses. Works on the canonical text so that offsets line up with
 * every other rule; pass `cased` (same offsets, original letter case) to read capitalisation (a sentence starts
 * with a capital letter or a digit).
 *
 * @example
 * splitSentences('a. b', 'A. B')  // two sentences
 */
export function splitSentences(lower: string, cased: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let paragraphIndex = 0;
  while (lineStart <= lower.length) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = lower.length;
    const trimmed = trimSpan(lower, lineStart, lineEnd);
    if (trimmed.end > trimmed.start) {
      paragraphs.push({ ...trimmed, index: paragraphIndex });
      for (const s of splitLine(lower, cased, trimmed.start, trimmed.end).flatMap((x) => capLength(lower, x))) {
        const sentenceIndex = sentences.length;
        const parts = splitClauses(lower, s.start, s.end, sentenceIndex);
        sentences.push({ ...s, paragraph: paragraphIndex, clauses: parts, splitOnSemicolons: parts.length > 1 });
      }
      paragraphIndex += 1;
    }
    lineStart = lineEnd + 1;
  }
  return { paragraphs, sentences };
}

function splitLine(lower: string, cased: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i += 1) {
    const ch = lower[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Run of terminal punctuation ("...", "?!") and closing quotes/brackets.
    let j = i + 1;
    while (j < end && /[.!?…"”’)\]]/u.test(lower[j] ?? '')) j += 1;
    if (j >= end) break;
    const next = lower[j] ?? '';
    const nextCased = cased[j] ?? '';
    if (ch === '.' && j === i + 1) {
      // "27.605", "4.0": a dot between digits is part of a number.
      if (/\d/.test(lower[i - 1] ?? '') && /\d/.test(next)) continue;
      if (isAbbreviation(lower, sentenceStart, i)) continue;
    }
    let k = j;
    while (k < end && lower[k] === ' ') k += 1;
    const startsNew = /[\p{Lu}\d“"(]/u.test(cased[k] ?? '');
    // "nhà nước.Cùng với": a capital right after the dot still starts a sentence.
    if (!startsNew) continue;
    if (k === j && !/[\p{Lu}]/u.test(nextCased)) continue;
    spans.push(trimSpan(lower, sentenceStart, j));
    sentenceStart = k;
    i = k - 1;
  }
  const last = trimSpan(lower, sentenceStart, end);
  if (last.end > last.start) spans.push(last);
  return spans.filter((s) => s.end > s.start);
}

/**
 * Every later stage looks at a sentence as a whole (its figures against each other), so a sentence
 * is at most this long: a "sentence" of 100 KB (a page without full stops, a run of numbers) is cut
 * at white-space into pieces, and the work per piece stays bounded. Real sentences are far shorter.
 */
export const MAX_SENTENCE_LENGTH = 2000;

function capLength(lower: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    let cut = start + MAX_SENTENCE_LENGTH;
    // The last space in the second half of the piece (a search back to the start would be quadratic).
    for (let k = cut; k > start + MAX_SENTENCE_LENGTH / 2; k -= 1) {
      if (lower[k] === ' ') {
        cut = k;
        break;
      }
    }
    const piece = trimSpan(lower, start, cut);
    if (piece.end > piece.start) pieces.push(piece);
    start = cut;
  }
  const last = trimSpan(lower, start, span.end);
  if (last.end > last.start) pieces.push(last);
  return pieces;
}

// The longest abbreviation looked for before a dot ("th.s", "v.v").
const ABBREVIATION_REACH = 8;

function isAbbreviation(lower: string, lineStart: number, dot: number): boolean {
  let w = dot;
  const limit = Math.max(lineStart, dot - ABBREVIATION_REACH);
  while (w > limit && /[\p{L}\/.]/u.test(lower[w - 1] ?? '')) w -= 1;
  if (w === limit && w > lineStart && /[\p{L}\/.]/u.test(lower[w - 1] ?? '')) return false;
  const word = lower.slice(w, dot);
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("Nguyễn V. A") are initials.
  return word.length === 1 && /\p{L}/u.test(word);
}

function splitClauses(lower: string, start: number, end: number, sentence: number): Clause[] {
  const clauses: Clause[] = [];
  let clauseStart = start;
  for (let i = start; i < end; i += 1) {
    if (lower[i] !== ';') continue;
    const span = trimSpan(lower, clauseStart, i);
    if (span.end > span.start) clauses.push({ ...span, sentence });
    clauseStart = i + 1;
  }
  const last = trimSpan(lower, clauseStart, end);
  if (last.end > last.start) clauses.push({ ...last, sentence });
  if (clauses.length > 1) {
    // A clause list quotes without the sentence's final full stop.
    const tail = clauses[clauses.length - 1];
    if (tail) {
      let e = tail.end;
      while (e > tail.start && /[.!?…\s]/u.test(lower[e - 1] ?? '')) e -= 1;
      tail.end = e;
    }
  }
  return clauses;
}

/** Trims white-space from both ends of [start, end). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}
