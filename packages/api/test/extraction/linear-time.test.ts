import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, extractObservations } from '../../src/extraction/index.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const SIZE = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/**
 * Issue 14: every stage bounded. Crafted 100 KB inputs that made the extractor quadratic
 * (a pattern retried at every digit of a run, a whole-document filter per figure, an
 * end-anchored pattern over the whole sentence before each number) must each take under a
 * second. CPU time of this process, so a busy machine does not make the bound flaky.
 */
const CRAFTED: Record<string, string> = {
  'repeated figures': fill('80% '),
  'one digit run': fill('1'),
  'a line without spaces': fill('a'),
  'dotted digits': fill('1.'),
  'decimal commas': fill('1,2 '),
  'digits and slashes': fill('12/'),
  'a sentence repeated': fill('Tỷ lệ cán bộ được trang bị máy tính đạt 80%, năm 2020 tỉnh Đồng Tháp có 27.605 thuê bao internet. '),
  'figures with cues, no full stop': fill('100% cơ quan có mạng LAN, '),
  'place names': fill('Hà Nội, Hải Phòng và Đà Nẵng có 100% cơ quan, '),
  'table rows': fill('2015 2016 2017\nSố thuê bao 1.200 1.300 1.400\n'),
  'one cell per line': fill('Bắc Ninh\n17 (0,633)\n'),
  'years and ranges': fill('năm 2011-2015 '),
  'spaces': fill(' '),
  'punctuation': fill('.;:,'),
};

describe('extraction in linear time (crafted 100 KB inputs)', () => {
  it.each(Object.entries(CRAFTED))('%s: under a second', (_name, text) => {
    expect(text.length).toBe(SIZE);
    const before = process.cpuUsage();
    const result = extractObservations(text, { areas, areaHint: '87' });
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    expect(result.observations.every((o) => text.slice(o.start, o.end) === o.quote)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });
});
