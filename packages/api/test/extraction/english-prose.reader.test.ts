import { loadAreas } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex } from '../../src/extraction/area-resolver.js';
import { extractObservations } from '../../src/extraction/extract-observations.js';

const areas = buildAreaIndex(loadAreas('pre2025'));
const read = (text: string, options: { publishedAt?: string; areaHint?: string } = {}) =>
  extractObservations(text, { areas, ...options })
    .observations.filter((o) => o.rule === 'english-prose')
    .map((o) => [o.indicator, o.dimensions, o.areaCode, o.period, o.value, o.qualifier, o.status]);

// Sentences written for these tests, in the way English pages of Vietnamese outlets report figures.
describe('figures of English pages', () => {
  it('reads a count named after the figure and a share named before it, English number formats, the year of a month named alone', () => {
    const text = [
      'In March 2024, the provincial steering committee met to review the digital transformation of the province.',
      'By March, there were 1,204 full-process online public services; the rate of online records in the whole province reached 64.5%, of which the commune level reached 70.1%.',
    ].join('\n');
    expect(read(text, { areaHint: '36' })).toEqual([
      ['online_services_mode_count', { serviceMode: 'FULL' }, '36', 2024, 1204, 'EXACT', 'ACTUAL'],
      ['online_applications_pct', {}, '36', 2024, 64.5, 'EXACT', 'ACTUAL'],
    ]);
  });

  it('lets a more specific cue override a general one, reads the tier span, and keeps an undated page undated', () => {
    const text = [
      'The rate of agencies using the document management software from province to commune level has reached 100%, with 312 agencies and more than 9,000 users under Decision No. 12/2019/QD-UBND.',
      'Digital signatures are used in the exchange of electronic documents with the rate of 81%.',
    ].join('\n');
    expect(read(text, { areaHint: '30' })).toEqual([
      ['agencies_document_system_pct', { govLevel: 'ALL' }, '30', null, 100, 'EXACT', 'ACTUAL'],
      ['documents_digitally_signed_pct', {}, '30', null, 81, 'EXACT', 'ACTUAL'],
    ]);
  });

  it('never reads shares of residents, changes, ranges, national figures, money or combined levels', () => {
    const text = [
      'In 2021, Hanoi provided 720 online public services at levels 3 and 4, and more than 85 percent of local residents were satisfied.',
      'The rate of online records rose by 12 percent; the rate of documents processed on time reached 96.5 - 99.2 percent.',
      'Nationwide, the rate of online records reached 45%.',
      'The city spent 120 billion VND on online records.',
    ].join('\n');
    expect(read(text, { publishedAt: '2022-01-10' })).toEqual([]);
  });

  it('names places in English without diacritics, from the shared alias list', () => {
    const text =
      'In 2023, the capital of Hanoi received 2,150 online records in the one-stop shop of the city, while the rate of online records of Ho Chi Minh City was 93.2% and the city is working with the ministry.';
    expect(read(text).map((o) => [o[2], o[4]])).toEqual([
      ['01', 2150],
      ['79', 93.2],
    ]);
  });
});
