import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber, readMultiplier, scaleValue, scanNumbers } from '../../src/extraction/index.js';

/** Formats an integer the Vietnamese way: "." between groups of three. */
function groupThousands(n: number, separator = '.'): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe('parseVietnameseNumber', () => {
  it.each([
    ['27.605', 27605],
    ['9,62', 9.62],
    ['02', 2],
    ['1.492', 1492],
    ['27.000', 27000],
    ['1.200.000', 1200000],
    ['27.605,5', 27605.5],
    ['100', 100],
    ['0,5', 0.5],
    ['1,200,000', 1200000],
    ['1,200.5', 1200.5],
    ['9.62', 9.62],
    ['0.5342', 0.5342],
  ])('reads %s as %d', (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });

  it.each(['1.2.3', '1,2,3', '', 'abc', '12.3456.7', '.5', '5.'])('refuses %j', (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNull();
  });

  it('round-trips any integer written with "." thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(parseVietnameseNumber(groupThousands(n))).toBe(n);
      }),
    );
  });

  it('round-trips any decimal written with a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 99 }), (whole, cents) => {
        const decimals = String(cents).padStart(2, '0');
        const expected = Number(`${whole}.${decimals}`);
        expect(parseVietnameseNumber(`${whole},${decimals}`)).toBeCloseTo(expected, 10);
        expect(parseVietnameseNumber(`${groupThousands(whole)},${decimals}`)).toBeCloseTo(expected, 10);
      }),
    );
  });

  it('keeps leading zeros meaningless ("02" = 2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 3 }), (n, zeros) => {
        expect(parseVietnameseNumber(`${'0'.repeat(zeros)}${n}`)).toBe(n);
      }),
    );
  });

  it('never returns a negative, infinite or NaN value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,14}$/), (raw) => {
        const v = parseVietnameseNumber(raw);
        if (v !== null) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('scanNumbers', () => {
  it('finds the figures of a sentence and leaves punctuation out', () => {
    const text = 'toàn tỉnh hiện có 27.605 thuê bao internet, trong đó có hơn 27.000 thuê bao và 598 thuê bao ftth, đạt 9,62%.';
    expect(scanNumbers(text).map((t) => t.value)).toEqual([27605, 27000, 598, 9.62]);
  });

  it('ignores digits glued to letters ("4G", "CT06", "10h30")', () => {
    expect(scanNumbers('mạng 4g, đề án ct06, lúc 10h30').map((t) => t.raw)).toEqual([]);
  });

  it('gives offsets that slice back to the raw token', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 6 }), (values) => {
        const text = values.map((v) => `có ${groupThousands(v)} thuê bao`).join(', ');
        const tokens = scanNumbers(text);
        expect(tokens.map((t) => t.value)).toEqual(values);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
      }),
    );
  });
});

describe('multipliers', () => {
  it('scales "1,2 triệu" without binary noise and does not read "tỷ lệ" as a billion', () => {
    const m = readMultiplier(' triệu thuê bao');
    expect(m?.factor).toBe(1_000_000);
    expect(scaleValue(1.2, 1_000_000)).toBe(1_200_000);
    expect(readMultiplier(' tỷ lệ hộ dân')).toBeNull();
    expect(readMultiplier(' nghìn thuê bao')?.factor).toBe(1000);
  });
});
