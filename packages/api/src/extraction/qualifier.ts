import type { Qualifier } from '@egov-vn/schema';

/**
 * How the text hedges a figure. Read from the words right before the number
 * (and "trở lên" right after it), on the canonical lower-case text.
 *
 * `REJECT` marks phrasings that do not state a level at all or have no honest
 * qualifier in the vocabulary: changes ("tăng 10%", "cao hơn 5%", "gấp 2 lần")
 * and upper bounds that include the bound ("tối đa", "không quá").
 */
export type QualifierReading = { qualifier: Qualifier; length: number } | { qualifier: 'REJECT'; length: number };

// Longest phrases first so "không dưới" wins over "dưới", "gần như" over "gần".
const BEFORE: ReadonlyArray<[string, Qualifier | 'REJECT']> = (
  [
    ['tăng thêm', 'REJECT'],
    ['tăng', 'REJECT'],
    ['giảm', 'REJECT'],
    ['gấp', 'REJECT'],
    ['cao hơn', 'REJECT'],
    ['thấp hơn', 'REJECT'],
    ['nhiều hơn', 'REJECT'],
    ['ít hơn', 'REJECT'],
    ['tối đa', 'REJECT'],
    ['không quá', 'REJECT'],
    ['không vượt quá', 'REJECT'],
    ['chênh lệch', 'REJECT'],
    ['không dưới', 'AT_LEAST'],
    ['không ít hơn', 'AT_LEAST'],
    ['tối thiểu', 'AT_LEAST'],
    ['ít nhất', 'AT_LEAST'],
    ['gần như', 'APPROX'],
    ['gần', 'APPROX'],
    ['khoảng', 'APPROX'],
    ['xấp xỉ', 'APPROX'],
    ['hầu hết', 'APPROX'],
    ['ước tính', 'APPROX'],
    ['ước đạt', 'APPROX'],
    ['ước', 'APPROX'],
    ['chừng', 'APPROX'],
    ['trên', 'MORE_THAN'],
    ['hơn', 'MORE_THAN'],
    ['vượt', 'MORE_THAN'],
    ['chưa đến', 'LESS_THAN'],
    ['chưa tới', 'LESS_THAN'],
    ['chưa đầy', 'LESS_THAN'],
    ['không đến', 'LESS_THAN'],
    ['dưới', 'LESS_THAN'],
  ] as Array<[string, Qualifier | 'REJECT']>
).sort((a, b) => b[0].length - a[0].length);

const BEFORE_PATTERNS = BEFORE.map(
  ([phrase, qualifier]) =>
    [new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/ /g, '\\s+')}\\s*(?:là\\s+|mức\\s+)?$`, 'u'), qualifier] as const,
);

/**
 * Reads the qualifier from the canonical text right before a number
 * (`before` ends where the number starts).
 *
 * @example
 * readQualifierBefore('đạt gần ') // { qualifier: 'APPROX', length: 4 }
 * readQualifierBefore('tăng ')    // { qualifier: 'REJECT', length: 5 }
 */
export function readQualifierBefore(before: string): QualifierReading {
  const tail = before.slice(-40);
  for (const [pattern, qualifier] of BEFORE_PATTERNS) {
    const m = pattern.exec(tail);
    if (m) {
      // "tăng lên 80%" / "tăng đến 80%" state the new level, not the change.
      if (qualifier === 'REJECT' && /(?:lên|tới|đến)\s*$/u.test(m[0])) continue;
      return { qualifier, length: m[0].length };
    }
  }
  // "tăng lên 80%" is a level; "tăng 10%" (caught above) is a change.
  return { qualifier: 'EXACT', length: 0 };
}

/**
 * Reads a qualifier placed after the figure ("30% trở lên" = at least 30%).
 * `after` starts right after the figure.
 */
export function readQualifierAfter(after: string): QualifierReading | null {
  const m = /^\s*(?:\(\s*)?trở\s+lên(?![\p{L}])/u.exec(after);
  if (m) return { qualifier: 'AT_LEAST', length: m[0].length };
  const down = /^\s*trở\s+xuống(?![\p{L}])/u.exec(after);
  if (down) return { qualifier: 'REJECT', length: down[0].length };
  return null;
}

/** Combines a before- and after-reading: the stronger statement wins, a rejection always wins. */
export function combineQualifiers(before: QualifierReading, after: QualifierReading | null): Qualifier | 'REJECT' {
  if (before.qualifier === 'REJECT' || after?.qualifier === 'REJECT') return 'REJECT';
  if (after && before.qualifier === 'EXACT') return after.qualifier;
  return before.qualifier;
}
