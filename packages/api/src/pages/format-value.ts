import type { Lang } from './i18n.js';
import { messages } from './i18n.js';

const NUMBER_FORMATS: Record<Lang, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 }),
};

/** A number as a reader of `lang` writes it: "27.605" and "63,5" in Vietnamese, "27,605" and "63.5" in English. */
export function formatNumber(value: string | number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(Number(value));
}

/**
 * A figure written as a person would, keeping the source's qualifier:
 * "gần 80 %" / "nearly 80%", "hạng 25" / "rank 25", "27.605".
 */
export function formatValue(o: { value: string; unit: string; qualifier: string }, lang: Lang): string {
  const m = messages(lang);
  const qualifier = m.qualifiers[o.qualifier] ?? '';
  const number = formatNumber(o.value, lang);
  let body: string;
  if (o.unit === 'percent') body = lang === 'vi' ? `${number} %` : `${number}%`;
  else if (o.unit === 'rank' || o.unit === 'level') body = `${m.units[o.unit]} ${number}`;
  else if (o.unit === 'index') body = `${number} ${m.units.index}`;
  else body = number;
  return qualifier ? `${qualifier} ${body}` : body;
}

/** A dimension object as a short label: "govLevel: PROVINCE" → "PROVINCE"; {} → "". */
export function formatDimensions(dimensions: Record<string, string | undefined>): string {
  return Object.entries(dimensions)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
