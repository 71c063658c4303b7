import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/pages/format-value.js';
import { PageError } from '../../src/pages/page-error.js';
import { parseAsOf } from '../../src/pages/pinning.js';
import { quoteInContext } from '../../src/pages/quote-context.js';
import { textIsOpen } from '../../src/pages/source-facts.js';

describe('formatValue', () => {
  it('keeps the qualifier and writes numbers as each language does', () => {
    expect(formatValue({ value: '80', unit: 'percent', qualifier: 'APPROX' }, 'vi')).toBe('gần 80 %');
    expect(formatValue({ value: '80', unit: 'percent', qualifier: 'APPROX' }, 'en')).toBe('nearly 80%');
    expect(formatValue({ value: '27605', unit: 'count', qualifier: 'EXACT' }, 'vi')).toBe('27.605');
    expect(formatValue({ value: '27605', unit: 'count', qualifier: 'EXACT' }, 'en')).toBe('27,605');
    expect(formatValue({ value: '25', unit: 'rank', qualifier: 'EXACT' }, 'vi')).toBe('hạng 25');
    expect(formatValue({ value: '0.5123', unit: 'index', qualifier: 'MORE_THAN' }, 'vi')).toBe('trên 0,5123 điểm');
  });
});

describe('quoteInContext', () => {
  it('returns the quote exactly and cuts the context at spaces, marking what is left out', () => {
    const text = 'one two three four QUOTE HERE five six seven eight';
    const start = text.indexOf('QUOTE');
    const ctx = quoteInContext(text, start, start + 'QUOTE HERE'.length, 8);
    expect(ctx.quote).toBe('QUOTE HERE');
    expect(ctx.before).toBe('…four ');
    expect(ctx.after).toBe(' five…');
    expect(quoteInContext(text, 0, 3, 1000)).toEqual({ before: '', quote: 'one', after: text.slice(3) });
  });
});

describe('parseAsOf', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads moments and dates; refuses malformed ones and the future', () => {
    expect(parseAsOf(undefined, now)).toBeUndefined();
    expect(parseAsOf('2025-03-01T08:00:00Z', now)?.toISOString()).toBe('2025-03-01T08:00:00.000Z');
    expect(parseAsOf('2025-03-01T08:00:00+07:00', now)?.toISOString()).toBe('2025-03-01T01:00:00.000Z');
    expect(parseAsOf('2025-03-01', now)?.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    for (const bad of ['yesterday', '2025-02-30', '2025-03-01T25:00:00Z', '2025-03-01T08:00:00', '1735689600']) {
      expect(() => parseAsOf(bad, now), bad).toThrow(PageError);
    }
    expect(() => parseAsOf('2026-06-01', now)).toThrow(/AS_OF_IN_FUTURE/);
  });
});

describe('textIsOpen', () => {
  it('shows a text in full only under an open licence it states', () => {
    expect(textIsOpen({ licence: null })).toBe(false);
    expect(textIsOpen({ licence: 'All rights reserved' })).toBe(false);
    expect(textIsOpen({ licence: 'CC-BY-4.0' })).toBe(true);
    expect(textIsOpen({ licence: 'CC0-1.0' })).toBe(true);
  });
});
