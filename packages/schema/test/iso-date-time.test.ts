import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime } from '../src/index.js';

describe('isIsoDateTime', () => {
  it.each(['2026-03-01T08:00:00Z', '2026-03-01T08:00Z', '2026-03-01T15:00:00+07:00', '2026-03-01T08:00:00.123456Z', '2024-02-29T23:59:59.9-01:30'])(
    'accepts %s',
    (text) => expect(isIsoDateTime(text)).toBe(true),
  );

  it.each([
    ['no time zone', '2026-03-01T08:00:00'],
    ['a date only', '2026-03-01'],
    ['an impossible date', '2023-02-29T08:00:00Z'],
    ['an impossible hour', '2026-03-01T24:00:00Z'],
    ['nanoseconds', '2026-03-01T08:00:00.123456789Z'],
    ['out of range', '1899-12-31T08:00:00Z'],
    ['a space for T', '2026-03-01 08:00:00Z'],
    ['words', 'yesterday'],
  ])('refuses %s', (_name, text) => expect(isIsoDateTime(text)).toBe(false));

  it('shares the calendar rule of isIsoDate', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDateTime('2023-02-28T00:00Z')).toBe(true);
  });
});
