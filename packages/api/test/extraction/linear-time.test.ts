import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, extractObservations } from '../../src/extraction/index.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const SIZE = 100 * 1024;
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Issue 14: every stage bounded. Crafted 100 KB inputs that made the extractor quadratic
 * (a pattern retried at every digit of a run, a whole-document filter per figure, an
 * end-anchored pattern over the whole sentence before each number) must grow linearly:
 * four times the text may cost at most eight times the CPU (a quadratic stage costs sixteen).
 * A ratio of this process's CPU time, best of two runs, so neither a busy machine nor a slow
 * one makes it flaky the way an absolute bound in milliseconds did.
 */
/** The repeated unit of each crafted input. */
const CRAFTED: Record<string, string> = {
  'repeated figures': '80% ',
  'one digit run': '1',
  'a line without spaces': 'a',
  'dotted digits': '1.',
  'decimal commas': '1,2 ',
  'digits and slashes': '12/',
  'a sentence repeated': 'Tỷ lệ cán bộ được trang bị máy tính đạt 80%, năm 2020 tỉnh Đồng Tháp có 27.605 thuê bao internet. ',
  'figures with cues, no full stop': '100% cơ quan có mạng LAN, ',
  'place names': 'Hà Nội, Hải Phòng và Đà Nẵng có 100% cơ quan, ',
  'table rows': '2015 2016 2017\nSố thuê bao 1.200 1.300 1.400\n',
  'one cell per line': 'Bắc Ninh\n17 (0,633)\n',
  'years and ranges': 'năm 2011-2015 ',
  'spaces': ' ',
  'punctuation': '.;:,',
};

const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const bestOfTwo = (run: () => void): number => Math.min(cpuMs(run), cpuMs(run));

describe('extraction in linear time (crafted 100 KB inputs)', () => {
  it.each(Object.entries(CRAFTED))('%s: four times the text, at most eight times the work', (_name, unit) => {
    const text = fill(unit);
    const quarter = fill(unit, SIZE / 4);
    const extract = (input: string) => () => {
      const result = extractObservations(input, { areas, areaHint: '87' });
      expect(result.observations.every((o) => input.slice(o.start, o.end) === o.quote)).toBe(true);
    };
    const small = bestOfTwo(extract(quarter));
    const large = bestOfTwo(extract(text));
    // Below ~20 ms the clock's granularity dominates; such inputs are fast whatever their shape.
    expect(large).toBeLessThan(Math.max(8 * small, 20));
  });
});
