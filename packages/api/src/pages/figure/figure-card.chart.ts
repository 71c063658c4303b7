import type { Spec } from 'vega';
import { tableLocator } from '../../citations/citation.js';
import { formatValue } from '../format-value.js';
import { type Lang, messages } from '../i18n.js';
import { CHART_CONFIG, CHART_FONT } from '../charts/render-chart.js';
import { outletOf } from '../source-facts.js';
import type { Figure } from './figure.data.js';
import { figureTitle } from './figure.page.js';

const WIDTH = 600;

/** Splits text into lines of about `max` characters at spaces (Vega draws the lines; it does not wrap). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The figure card for print (SVG, PNG) as a Vega spec of text marks. */
export function figureCardSpec(f: Figure, lang: Lang, figureUrl: string): Spec {
  const m = messages(lang);
  const o = f.observation;
  const title = wrapText(figureTitle(f, lang), 70);
  const quote = wrapText(f.source.kind === 'TABLE' ? tableLocator(o, lang) : `“${o.quote}”`, 80);
  const outlet = outletOf(f.source);
  const cite = wrapText(
    `${m.source}: ${f.source.title}${outlet ? `, ${outlet}` : ''}${f.source.published_at ? `, ${f.source.published_at}` : ''}. ${m.licence}: CC BY 4.0, egov-vn.`,
    90,
  ).concat(figureUrl);
  const titleY = 24;
  const valueY = titleY + title.length * 20 + 36;
  const quoteY = valueY + 30;
  const citeY = quoteY + quote.length * 18 + 14;
  const height = citeY + cite.length * 16 + 12;
  const text = (y: number, lines: string[], size: number, weight: 'normal' | 'bold', color: string) => ({
    type: 'text' as const,
    encode: {
      enter: {
        x: { value: 16 },
        y: { value: y },
        text: { value: lines },
        fontSize: { value: size },
        fontWeight: { value: weight },
        font: { value: CHART_FONT },
        fill: { value: color },
        lineHeight: { value: size * 1.35 },
      },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: WIDTH,
    height,
    // The card is laid out by hand: Vega's estimate of text widths must not grow it.
    autosize: 'none',
    padding: 0,
    background: CHART_CONFIG.background,
    config: { text: { font: CHART_FONT } },
    marks: [
      {
        type: 'rect',
        encode: { enter: { x: { value: 0.5 }, y: { value: 0.5 }, width: { value: WIDTH - 1 }, height: { value: height - 1 }, stroke: { value: '#d0d0d0' }, fill: { value: '#ffffff' } } },
      },
      text(titleY, title, 14, 'normal', '#4a4a4a'),
      text(valueY, [formatValue(o, lang)], 30, 'bold', '#1a1a1a'),
      text(quoteY, quote, 13, 'normal', '#1a1a1a'),
      text(citeY, cite, 11, 'normal', '#4a4a4a'),
    ],
  };
}
