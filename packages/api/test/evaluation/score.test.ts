import { describe, expect, it } from 'vitest';
import type { GoldObservation } from '../../src/evaluation/gold-corpus.js';
import { sameValue, scoreDocument, totals, type ScoredCandidate } from '../../src/evaluation/score.js';

const gold = (over: Partial<GoldObservation>): GoldObservation => ({
  doc: '01',
  indicator: 'internet_subscribers',
  dimensions: {},
  area: '87',
  period: 2007,
  value: 27605,
  qualifier: 'EXACT',
  status: 'ACTUAL',
  quote: 'q',
  required: true,
  table: false,
  ...over,
});

const candidate = (over: Partial<ScoredCandidate>): ScoredCandidate => ({
  indicator: 'internet_subscribers',
  dimensions: {},
  areaCode: '87',
  period: 2007,
  value: 27605,
  qualifier: 'EXACT',
  status: 'ACTUAL',
  quote: 'q',
  ...over,
});

describe('sameValue', () => {
  it('accepts the gold value rounded to its printed digits, nothing further', () => {
    expect(sameValue(600 / 13, 46.15)).toBe(true);
    expect(sameValue(46.2, 46.15)).toBe(false);
    expect(sameValue(99.6, 100)).toBe(false);
    expect(sameValue(0.727, 0.727)).toBe(true);
    expect(sameValue(0.7275, 0.727)).toBe(false);
  });
});

describe('scoreDocument', () => {
  it('matches by indicator and value, one candidate per reading, and reports wrong attributes', () => {
    const g = [
      gold({ dimensions: { govLevel: 'PROVINCE' }, indicator: 'agencies_lan_pct', value: 100 }),
      gold({ dimensions: { govLevel: 'DISTRICT' }, indicator: 'agencies_lan_pct', value: 100 }),
      gold({ value: 500, required: false }),
    ];
    const c = [
      candidate({ indicator: 'agencies_lan_pct', value: 100, dimensions: { govLevel: 'DISTRICT' } }),
      candidate({ indicator: 'agencies_lan_pct', value: 100, dimensions: { govLevel: 'ALL' }, period: 2008 }),
      candidate({ value: 500 }),
      candidate({ value: 315 }),
      candidate({ value: 7 }),
    ];
    const s = scoreDocument(c, g, [{ doc: '01', value: 315, text: 'quyết định 315' }]);
    expect(s.matches).toHaveLength(3);
    expect(s.matches.find((m) => m.gold === g[1])?.wrong).toEqual([]);
    expect(s.matches.find((m) => m.gold === g[0])?.wrong).toEqual(['dimensions', 'period']);
    expect(s.falsePositives.map((x) => x.value)).toEqual([315, 7]);
    expect(s.trapHits.map((x) => x.trap.value)).toEqual([315]);
    expect(s.missed).toEqual([]);

    const t = totals([s]);
    expect(t.recall).toBe(1);
    expect(t.precision).toBe(3 / 5);
    expect(t.traps).toBe(1);
    expect(t.attributeAccuracy).toBe(2 / 3);
    expect(t.strictRecall).toBe(1 / 2);
    expect(t.perAttribute.period).toBe(2 / 3);
  });

  it('counts missed required readings, not missed optional ones, and tables apart', () => {
    const g = [gold({ value: 1, table: true }), gold({ value: 2 }), gold({ value: 3, required: false })];
    const s = scoreDocument([candidate({ value: 2 })], g, []);
    expect(s.missed.map((m) => m.value)).toEqual([1]);
    const t = totals([s]);
    expect(t.recall).toBe(1 / 2);
    expect(t.table).toEqual({ required: 1, found: 0, recall: 0, correct: 0 });
    expect(t.prose).toEqual({ required: 1, found: 1, recall: 1 });
  });

  it('is a different reading when the indicator differs', () => {
    const s = scoreDocument([candidate({ indicator: 'mobile_subscribers' })], [gold({})], []);
    expect(s.matches).toEqual([]);
    expect(s.falsePositives).toHaveLength(1);
  });
});
