import type { Span } from './sentence-splitter.js';

/** Longer lines are paragraphs of body text. */
const MAX_TITLE_LENGTH = 300;

/**
 * The headline of an article stored as plain text. Saved web pages start with
 * navigation crumbs ("DetailController", a category name), so when a date line
 * is known the headline is the nearest plausible line above it; otherwise it
 * is the first plausible line.
 *
 * A plausible headline has at least four words, at most 300 characters, and is
 * not a single technical token.
 *
 * @example
 * findTitle('Cà Mau: Tăng cường ứng dụng CNTT\n\n14/07/2012 10:45\n...', 2)
 * // { start: 0, end: 32 }
 */
export function findTitle(text: string, dateLine: number | null): Span | null {
  const lines: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const plausible = (i: number): Span | null => {
    const span = lines[i];
    if (!span) return null;
    const raw = text.slice(span.start, span.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) return null;
    if (trimmed.split(/\s+/u).length < 4) return null;
    return { start: span.start + lead, end: span.start + lead + trimmed.length };
  };
  if (dateLine !== null) {
    for (let i = dateLine - 1; i >= 0 && i >= dateLine - 4; i -= 1) {
      const line = lines[i];
      if (!line || text.slice(line.start, line.end).trim().length === 0) continue;
      const hit = plausible(i);
      if (hit) return hit;
      break;
    }
  }
  for (let i = 0; i < Math.min(lines.length, 12); i += 1) {
    // The date line itself ("Thứ Tư, 03/04/2024, 13:14 (GMT+7)") is no headline.
    if (i === dateLine) continue;
    const hit = plausible(i);
    if (hit) return hit;
    // A paragraph of body text: the page has no headline, and a shorter paragraph after it is body text too.
    const line = lines[i];
    if (line && line.end - line.start > MAX_TITLE_LENGTH) return null;
  }
  return null;
}

/**
 * True when a headline announces a plan, programme or target rather than a
 * report of results ("Phê duyệt kế hoạch ứng dụng CNTT ... năm 2012").
 * Figures of such a document are targets unless the sentence says otherwise.
 */
export function isPlanTitle(lowerTitle: string): boolean {
  if (/(?<![\p{L}])(?:kết quả|tổng kết|sơ kết|báo cáo|đánh giá)(?![\p{L}])/u.test(lowerTitle)) return false;
  return /(?<![\p{L}])(?:kế hoạch|đề án|chương trình hành động|lộ trình|mục tiêu|phấn đấu|phê duyệt|định hướng|chiến lược)(?![\p{L}])/u.test(
    lowerTitle,
  );
}
