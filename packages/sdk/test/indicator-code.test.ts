import { describe, expect, expectTypeOf, it } from 'vitest';
import { INDICATOR_CODES, type IndicatorCode, isIndicatorCode } from '../src/index.js';

describe('isIndicatorCode', () => {
  it('accepts every code of the vocabulary and nothing else', () => {
    for (const code of INDICATOR_CODES) expect(isIndicatorCode(code)).toBe(true);
    for (const value of ['dti_rnak', 'DTI_RANK', ' dti_rank', '', 'toString', 'constructor', null, undefined, 7, {}]) {
      expect(isIndicatorCode(value)).toBe(false);
    }
  });

  it('narrows a plain string to IndicatorCode', () => {
    const fromCsv: string = 'dti_rank';
    if (isIndicatorCode(fromCsv)) expectTypeOf(fromCsv).toEqualTypeOf<IndicatorCode>();
    else expect.unreachable();
  });
});
