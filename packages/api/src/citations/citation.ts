import type { ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import { outletOf } from '../pages/source-facts.js';

/** The languages a citation is printed in. */
export type CitationLang = 'vi' | 'en';

type CitedSource = Pick<SourceDocumentRow, 'kind' | 'title' | 'title_en' | 'language' | 'publisher' | 'published_at' | 'url'>;
type CitedFigure = Pick<ObservationRow, 'quote' | 'locator' | 'locator_en'>;

/** What a citation prints where the data has nothing: said, never left out silently. */
const UNKNOWN = {
  vi: { outlet: 'không rõ nơi đăng', date: 'không rõ ngày đăng', address: 'không rõ địa chỉ', place: 'không rõ vị trí trong bảng' },
  en: { outlet: 'outlet unknown', date: 'undated', address: 'no address recorded', place: 'place in the table not recorded' },
} as const;
const NO_ENGLISH_TITLE = 'in Vietnamese; no English title recorded';

/** A stored date as a reader of that language writes it: 28/11/2012, or 2012-11-28 in English. */
function printDate(iso: string | null, lang: CitationLang): string {
  if (!iso) return UNKNOWN[lang].date;
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return d && m ? `${d}/${m}/${y}` : iso;
}

/**
 * The source's title as printed: in its own language; in an English citation of
 * a Vietnamese source, the English title beside it, or a note that none is known.
 */
function printTitle(s: CitedSource, lang: CitationLang): string {
  if (lang === 'vi' || s.language === 'en') return s.title;
  if (s.title_en && s.title_en !== s.title) return `${s.title} [${s.title_en}]`;
  return s.title_en ? s.title : `${s.title} [${NO_ENGLISH_TITLE}]`;
}

/**
 * A source as a person prints it: title, outlet, date, address; what is not
 * known is said so.
 *
 * @example
 * formatSourceCitation(source, 'vi')
 * // 'Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình, không rõ nơi đăng, 28/11/2012, không rõ địa chỉ.'
 */
export function formatSourceCitation(s: CitedSource, lang: CitationLang): string {
  const unknown = UNKNOWN[lang];
  return `${[printTitle(s, lang), outletOf(s) ?? unknown.outlet, printDate(s.published_at, lang), s.url ?? unknown.address].join(', ')}.`;
}

/**
 * A figure as a newsroom prints it under a number. From an article: the quote,
 * then the source. From a transcribed table: where in the table (edition, table,
 * row), then the source; the transcribed row is our copy, not the source's
 * text, so it is never printed as a quote.
 *
 * @example
 * formatFigureCitation(figure, dtiTable, 'en')
 * // 'DTI 2022, provincial ranking table, rank 25 — DTI 2022: provincial ranking (63 provinces) …, Bộ Thông tin và Truyền thông, 2023-07-12, https://dti.gov.vn/xep-hang-2022.'
 */
export function formatFigureCitation(o: CitedFigure, s: CitedSource, lang: CitationLang): string {
  const lead = s.kind === 'TABLE' || o.quote === null ? tableLocator(o, lang) : `“${o.quote.replace(/\s+/g, ' ').trim()}”`;
  return `${lead} — ${formatSourceCitation(s, lang)}`;
}

/** Where in a table a figure was read, in `lang`; null-safe for figures stored without one. */
export function tableLocator(o: Pick<ObservationRow, 'locator' | 'locator_en'>, lang: CitationLang): string {
  const locator = lang === 'en' ? o.locator_en : o.locator;
  return locator ?? UNKNOWN[lang].place;
}
