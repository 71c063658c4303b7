import type { Dimensions } from './dimension.js';
import type { IndicatorCode } from './indicator.vocabulary.js';

/**
 * How English pages of Vietnamese outlets name the indicators: regular-expression sources on
 * lower-case text (spaces match any run of white space). The Vietnamese phrases are the
 * vocabulary's `cueWords` and the matcher's rules; these are their English counterparts, data
 * shared by every reader of English text. Add phrases here, not in code.
 */
export interface EnglishCue {
  indicator: IndicatorCode;
  /** A share ("reached 72.63%") or a count ("837 full-process online public services"). */
  kind: 'percent' | 'count';
  patterns: readonly string[];
  /** Fixed dimension values; a `serviceLevel` is read from the pattern's first group when it has one. */
  dimensions?: Dimensions;
  /** Less specific indicators this cue overrides when both name one figure. */
  suppresses?: readonly IndicatorCode[];
}

const ONLINE_SERVICE = 'online (?:public )?(?:administrative )?services?';
const FULL = `(?:full(?:-| )process|fully|end-to-end|full) ${ONLINE_SERVICE}`;
const PARTIAL = `partial(?:ly)?(?:-| process)? ${ONLINE_SERVICE}`;
const APPLICATIONS = '(?:records|applications|dossiers|files)';
const LEVEL = `${ONLINE_SERVICE} at level ([1-4])(?!\\s*(?:and|or|,|-)\\s*[1-4])`;

export const ENGLISH_CUES: readonly EnglishCue[] = [
  { indicator: 'officials_with_computer_pct', kind: 'percent', patterns: ['(?:officials|civil servants|public employees) (?:are |were )?(?:equipped|provided) with computers?'] },
  { indicator: 'officials_it_proficient_pct', kind: 'percent', patterns: ['proficient in (?:using )?(?:computers?|it|information technology)'] },
  { indicator: 'computers_internet_pct', kind: 'percent', patterns: ['computers? (?:are |were )?connected to the internet'] },
  { indicator: 'agencies_lan_pct', kind: 'percent', patterns: ['local area networks?', 'lan'] },
  { indicator: 'wan_agencies_pct', kind: 'percent', patterns: ['wide area networks?', 'wan'] },
  { indicator: 'special_network_agencies_pct', kind: 'percent', patterns: ['special(?:ized|-use)? data transmission network', 'special-use network'] },
  { indicator: 'officials_email_account_pct', kind: 'percent', patterns: ['(?:official )?e-?mail (?:accounts?|addresses)'] },
  { indicator: 'documents_electronic_pct', kind: 'percent', patterns: ['electronic documents?', 'documents? (?:exchanged|sent|transmitted) (?:electronically|in electronic form)'] },
  {
    indicator: 'documents_digitally_signed_pct',
    kind: 'percent',
    patterns: ['digital(?:ly)? sign(?:ed|atures?)', 'electronic(?:ally)? sign(?:ed|atures?)'],
    suppresses: ['documents_electronic_pct'],
  },
  { indicator: 'agencies_document_system_pct', kind: 'percent', patterns: ['document management (?:software|systems?)', 'document and work management'] },
  { indicator: 'agencies_website_pct', kind: 'percent', patterns: ['(?:have|with|operate) (?:a |an |their own )?(?:websites?|web portals?|e-portals?|electronic information portals?)'] },
  { indicator: 'online_services_pct', kind: 'percent', patterns: [LEVEL] },
  { indicator: 'online_services_count', kind: 'count', patterns: [LEVEL] },
  { indicator: 'online_services_mode_pct', kind: 'percent', patterns: [FULL], dimensions: { serviceMode: 'FULL' } },
  { indicator: 'online_services_mode_count', kind: 'count', patterns: [FULL], dimensions: { serviceMode: 'FULL' } },
  { indicator: 'online_services_mode_pct', kind: 'percent', patterns: [PARTIAL], dimensions: { serviceMode: 'PARTIAL' } },
  { indicator: 'online_services_mode_count', kind: 'count', patterns: [PARTIAL], dimensions: { serviceMode: 'PARTIAL' } },
  {
    indicator: 'online_applications_pct',
    kind: 'percent',
    patterns: [`online ${APPLICATIONS}`, `${APPLICATIONS} (?:were |was )?(?:submitted|filed|received|processed) online`],
  },
  {
    indicator: 'online_applications_count',
    kind: 'count',
    patterns: [`online ${APPLICATIONS}`, `${APPLICATIONS} (?:were |was )?(?:submitted|filed|received) online`],
  },
  { indicator: 'broadband_subscribers', kind: 'count', patterns: ['(?:fixed )?broadband (?:internet )?subscri(?:bers|ptions)'], suppresses: ['internet_subscribers'] },
  { indicator: 'internet_subscribers', kind: 'count', patterns: ['internet subscri(?:bers|ptions)'] },
  { indicator: 'mobile_subscribers', kind: 'count', patterns: ['mobile(?: phone)? subscri(?:bers|ptions)'], suppresses: ['telephone_subscribers'] },
  { indicator: 'telephone_subscribers', kind: 'count', patterns: ['(?:tele)?phone subscri(?:bers|ptions)'] },
  { indicator: 'households_internet_pct', kind: 'percent', patterns: ['households? (?:with|having|connected to) (?:access to )?(?:the )?internet'] },
  { indicator: 'it_training_courses', kind: 'count', patterns: ['(?:it|computer) training courses', 'training courses on (?:it|information technology)'] },
];
