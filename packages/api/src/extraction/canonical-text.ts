/**
 * A matching view of a document: every rule of the extractor matches against
 * `lower` (diacritics kept) or `folded` (diacritics dropped), never against the
 * raw text, and maps its hits back to raw offsets with `toOriginal`.
 *
 * Why a view and not `text.toLowerCase()`: the raw text may be decomposed (NFD),
 * may place tone marks the old way ("hoà" vs "hòa"), and holds non-breaking
 * spaces; offsets reported to users must still index the raw text.
 */
export interface CanonicalText {
  /** The raw text, as given. */
  readonly original: string;
  /** NFC, lower case, one space for every horizontal white-space, tone marks on the first vowel of oa/oe/uy. */
  readonly lower: string;
  /** Like `lower` but with the original letter case (to read capitalisation); same length. */
  readonly cased: string;
  /** `lower` without diacritics ("đ" → "d"); same length as `lower`. */
  readonly folded: string;
  /** `toOriginal[i]` is the raw offset of `lower[i]`; `toOriginal[lower.length] === original.length`. */
  readonly toOriginal: Int32Array;
}

const HORIZONTAL_SPACE = /[\t\v\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/u;
// Zero-width characters vanish from the view (they break word matching).
const ZERO_WIDTH = /[\u200b-\u200d\u2060\u00ad]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Builds the matching view of `text`.
 *
 * @example
 * const c = canonicalize('Tỉnh Hoà Bình');
 * c.folded === 'tinh hoa binh'; // true
 */
export function canonicalize(text: string): CanonicalText {
  const lowerUnits: string[] = [];
  const casedUnits: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const clusterStart = i;
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // Gather following combining marks, so "a" + U+0301 becomes one "á".
    while (i < text.length && isCombining(text.charCodeAt(i))) i += 1;
    const cluster = text.slice(clusterStart, i);
    const piece = CLUSTER_CACHE.get(cluster) ?? viewOf(cluster);
    if (piece.lower.length === 0) continue;
    for (let k = 0; k < piece.lower.length; k += 1) {
      lowerUnits.push(piece.lower[k] ?? '');
      casedUnits.push(piece.cased[k] ?? '');
      map.push(clusterStart);
    }
  }
  map.push(text.length);
  const lower = normalizeTonePlacement(lowerUnits.join(''));
  return {
    original: text,
    lower,
    cased: casedUnits.join(''),
    folded: foldLower(lower),
    toOriginal: Int32Array.from(map),
  };
}

// Combining diacritical marks (the blocks Vietnamese text uses when decomposed).
function isCombining(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);
}

const CLUSTER_CACHE = new Map<string, { lower: string; cased: string }>();

/** The view of one character cluster (cached: a document uses a few hundred distinct ones). */
function viewOf(cluster: string): { lower: string; cased: string } {
  let view: { lower: string; cased: string };
  if (ZERO_WIDTH.test(cluster)) view = { lower: '', cased: '' };
  else if (HORIZONTAL_SPACE.test(cluster)) view = { lower: ' ', cased: ' ' };
  else {
    const cased = cluster.normalize('NFC');
    const lowered = cased.toLowerCase();
    view = { lower: lowered.length === cased.length ? lowered : cased, cased };
  }
  if (CLUSTER_CACHE.size < 20_000) CLUSTER_CACHE.set(cluster, view);
  return view;
}

/** Canonical lower-case form of a short phrase (a cue word, a name), for building patterns. */
export function canonicalPhrase(text: string): string {
  return canonicalize(text).lower.replace(/\s+/g, ' ').trim();
}

/** Folded (diacritic-free) form of a short phrase. */
export function foldedPhrase(text: string): string {
  return canonicalize(text).folded.replace(/\s+/g, ' ').trim();
}

/** Raw offsets of the canonical span [start, end). */
export function toOriginalSpan(c: CanonicalText, start: number, end: number): { start: number; end: number } {
  return { start: c.toOriginal[start] ?? c.original.length, end: c.toOriginal[end] ?? c.original.length };
}

/**
 * Moves the tone mark of an open "oa", "oe", "uy" syllable to the first vowel
 * ("hoà" → "hòa", "thuỷ" → "thủy", "khoẻ" → "khỏe"), so both spelling
 * conventions compare equal. Closed syllables ("toàn", "khoảng") are written
 * one way only and stay as they are. Length-preserving.
 */
function normalizeTonePlacement(s: string): string {
  return s.replace(/(?<!q)([ou])([aeyàáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu, (whole, first: string, second: string) => {
    const parts = second.normalize('NFD');
    const base = parts[0] ?? second;
    const marks = parts.slice(1);
    if (!TONE_MARKS.test(marks) || marks.length !== 1) return whole;
    return `${(first + marks).normalize('NFC')}${base}`;
  });
}

const FOLD_CACHE = new Map<string, string>();

function foldLower(lower: string): string {
  let out = '';
  for (const ch of lower) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    let folded = FOLD_CACHE.get(ch);
    if (folded === undefined) {
      const stripped = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '');
      folded = stripped.length === ch.length ? stripped : ch;
      if (FOLD_CACHE.size < 20_000) FOLD_CACHE.set(ch, folded);
    }
    out += folded;
  }
  return out;
}
