import { CurationError } from './curation-error.js';

export interface QuoteRef {
  quote?: string | null | undefined;
  start?: number | null | undefined;
  end?: number | null | undefined;
}

/**
 * Finds a curator's quote in the stored text: by offsets (checked against the
 * quote when one is given too), or by the quote alone when it occurs exactly
 * once. Offsets are UTF-16 code units of the NFC text, as everywhere.
 */
export function locateQuote(text: string, ref: QuoteRef): { quote: string; start: number; end: number } {
  const quote = ref.quote?.normalize('NFC');
  if (ref.start != null || ref.end != null) {
    const { start, end } = ref;
    if (start == null || end == null || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new CurationError('QUOTE_NOT_IN_TEXT', `offsets ${start ?? '?'}-${end ?? '?'} are not a span of the source text (0-${text.length})`);
    }
    const span = text.slice(start, end);
    if (quote !== undefined && quote !== span) {
      throw new CurationError('QUOTE_NOT_IN_TEXT', `the text at ${start}-${end} is "${span}", not the quote "${quote}"`, { found: span });
    }
    return { quote: span, start, end };
  }
  if (!quote || quote.trim() === '') throw new CurationError('QUOTE_NOT_IN_TEXT', 'give the quote, or its offsets in the source text');
  const first = text.indexOf(quote);
  if (first < 0) throw new CurationError('QUOTE_NOT_IN_TEXT', `the quote "${quote}" is not in the source text`);
  const second = text.indexOf(quote, first + 1);
  if (second >= 0) {
    throw new CurationError('AMBIGUOUS_QUOTE', `the quote "${quote}" occurs more than once (at ${first} and ${second}); give its offsets`, {
      offsets: [first, second],
    });
  }
  return { quote, start: first, end: first + quote.length };
}
