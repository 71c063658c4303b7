/** Characters of the source shown on each side of a quote: enough to read it in context, far from the whole text. */
export const CONTEXT_CHARS = 240;

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * The quote at `[start, end)` of `text` with some context on each side, cut
 * at a space so no word is broken; "…" marks text left out.
 */
export function quoteInContext(text: string, start: number, end: number, chars = CONTEXT_CHARS): QuoteInContext {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + squash(text.slice(from, start)),
    quote: squash(text.slice(start, end)),
    after: squash(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}
