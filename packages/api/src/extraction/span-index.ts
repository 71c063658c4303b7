import type { Span } from './sentence-splitter.js';

/** Index of the first item whose start is at or after `at` (items sorted by start). */
export function firstStartingAt<T extends Span>(sorted: readonly T[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items lying inside [from, to), from a list sorted by start: a binary search and the
 * items in range, never a pass over the whole document per figure (which made long texts quadratic).
 */
export function spansWithin<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, from); i < sorted.length; i += 1) {
    const item = sorted[i];
    if (!item || item.start >= to) break;
    if (item.end <= to) out.push(item);
  }
  return out;
}

/** True when some span of a sorted, non-overlapping list contains [start, end). */
export function containedInAny(sorted: readonly Span[], start: number, end: number): boolean {
  const i = firstStartingAt(sorted, start + 1) - 1;
  const s = sorted[i];
  return s !== undefined && s.start <= start && s.end >= end;
}
