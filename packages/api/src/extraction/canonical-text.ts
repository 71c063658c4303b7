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

const COMBINING = /\p{M}/u;
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
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    // Gather following combining marks, so "a" + U+0301 becomes one "á".
    while (i < text.length && COMBINING.test(text[i] ?? '')) i += 1;
    const cluster = text.slice(clusterStart, i);
    if (ZERO_WIDTH.test(cluster)) continue;
    if (HORIZONTAL_SPACE.test(cluster)) {
      lowerUnits.push(' ');
      casedUnits.push(' ');
      map.push(clusterStart);
      continue;
    }
    const cased = cluster.normalize('NFC');
    const lowered = cased.toLowerCase();
    const piece = lowered.length === cased.length ? lowered : cased;
    for (let k = 0; k < piece.length; k += 1) {
      lowerUnits.push(piece[k] ?? '');
      casedUnits.push(cased[k] ?? '');
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
 * Moves the tone mark of "oa", "oe", "uy" to the first vowel ("hoà" → "hòa"),
 * so both spelling conventions compare equal. Length-preserving.
 */
function normalizeTonePlacement(s: string): string {
  return s.replace(/([ou])([aeyàáảãạèéẻẽẹỳýỷỹỵ])/g, (whole, first: string, second: string) => {
    const parts = second.normalize('NFD');
    const base = parts[0] ?? second;
    const marks = parts.slice(1);
    if (!TONE_MARKS.test(marks) || marks.length !== 1) return whole;
    return `${(first + marks).normalize('NFC')}${base}`;
  });
}

function foldLower(lower: string): string {
  let out = '';
  for (const ch of lower) {
    if (ch === 'đ') {
      out += 'd';
      continue;
    }
    const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += stripped.length === ch.length ? stripped : ch;
  }
  return out;
}
