import type { TopLevelSpec } from 'vega-lite';
import { formatNumber, formatValue } from '../format-value.js';
import { type Lang, messages } from '../i18n.js';
import { areaName, areaShortName, indicatorName } from '../names.js';
import { outletOf } from '../source-facts.js';
import type { ChartData } from './chart.data.js';
import { CHART_CONFIG } from './render-chart.js';

const WIDTH = 560;
/** Outlets named in a chart's subtitle; the rest are counted (the table and the source list name them all). */
const SHOWN_OUTLETS = 2;

function axisTitle(data: ChartData, lang: Lang): string {
  const m = messages(lang);
  const unit = m.unitNames[data.indicator.unit] ?? data.indicator.unit;
  return data.indicator.unit === 'rank' ? `${unit} (1 = ${lang === 'vi' ? 'cao nhất' : 'best'})` : unit;
}

function subtitle(data: ChartData, lang: Lang, extra: string[]): string[] {
  const m = messages(lang);
  const dims = Object.entries(data.dims).map(([k, v]) => `${k}: ${v}`);
  const line1 = [...extra, ...dims].join(' · ');
  // The publishers are credited, not us: egov-vn compiled the figures (CC BY 4.0).
  const outlets = [...new Set(data.sources.map((s) => outletOf(s) ?? s.title))];
  const more = outlets.length - SHOWN_OUTLETS;
  const credited = outlets.slice(0, SHOWN_OUTLETS).join('; ') + (more > 0 ? (lang === 'vi' ? ` và ${more} nguồn khác` : ` and ${more} more`) : '');
  const line2 = `${m.source}: ${credited} · egov-vn, CC BY 4.0`;
  return line1 ? [line1, line2] : [line2];
}

/** Where the methodology changes along the years: drawn as a break, never joined across. */
export function methodologyBreaks(data: ChartData): { at: number; methodology: string }[] {
  const spans = new Map<string, { first: number; last: number }>();
  for (const { observation: o } of data.points) {
    const key = o.methodology ?? '';
    const span = spans.get(key) ?? { first: o.period!, last: o.period! };
    spans.set(key, { first: Math.min(span.first, o.period!), last: Math.max(span.last, o.period!) });
  }
  const ordered = [...spans.entries()].sort((a, b) => a[1].first - b[1].first);
  return ordered.slice(1).map(([methodology, span], i) => ({ at: (ordered[i]![1].last + span.first) / 2, methodology }));
}

/**
 * Line chart of one indicator for some areas over time (Vega-Lite). A line
 * is one area under one methodology: values across a methodology change are
 * never joined, and the change is drawn as a dashed rule.
 */
export function lineChartSpec(data: ChartData, lang: Lang): TopLevelSpec {
  const m = messages(lang);
  const values = data.points.map(({ observation: o, area }) => ({
    year: o.period,
    value: Number(o.value),
    label: formatValue(o, lang),
    area: areaShortName(area, lang),
    segment: `${area.geography}:${area.code}|${o.methodology ?? ''}`,
    edition: o.edition ?? '',
  }));
  const breaks = methodologyBreaks(data);
  const years = values.map((v) => v.year!);
  const isRank = data.indicator.unit === 'rank';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: WIDTH,
    height: 280,
    title: { text: indicatorName(data.indicator, lang), subtitle: subtitle(data, lang, []) },
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: { filled: true, size: 60 }, strokeWidth: 2 },
        encoding: {
          x: {
            field: 'year',
            type: 'quantitative',
            title: m.period,
            scale: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], nice: false },
            axis: { format: 'd', tickMinStep: 1 },
          },
          y: { field: 'value', type: 'quantitative', title: axisTitle(data, lang), scale: { reverse: isRank, zero: !isRank } },
          color: { field: 'area', type: 'nominal', title: m.area, legend: { orient: 'bottom', columns: 3, labelLimit: 200 } },
          detail: { field: 'segment' },
          tooltip: [{ field: 'area' }, { field: 'year' }, { field: 'label' }, { field: 'edition' }],
        },
      },
      ...(breaks.length > 0
        ? [
            {
              data: { values: breaks.map((b) => ({ at: b.at, label: lang === 'vi' ? 'Đổi phương pháp' : 'Methodology change' })) },
              layer: [
                { mark: { type: 'rule' as const, strokeDash: [4, 4], color: '#555555' }, encoding: { x: { field: 'at', type: 'quantitative' as const } } },
                {
                  mark: { type: 'text' as const, align: 'left' as const, baseline: 'top' as const, dx: 3, y: 2, fontSize: 11, color: '#333333' },
                  encoding: { x: { field: 'at', type: 'quantitative' as const }, text: { field: 'label' } },
                },
              ],
            },
          ]
        : []),
    ],
  } as TopLevelSpec;
}

/** Bar chart of one edition of a ranking: each province's published figure, in the published order. */
export function rankingChartSpec(data: ChartData, lang: Lang): TopLevelSpec {
  const values = data.points.map(({ observation: o, area }, i) => ({
    order: i,
    area: areaShortName(area, lang),
    value: Number(o.value),
    label: o.unit === 'rank' ? formatNumber(o.value, lang) : formatValue(o, lang),
  }));
  const editions = [...new Set(data.points.map((p) => p.observation.edition).filter((e): e is string => !!e))];
  const period = data.points[0]?.observation.period;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: WIDTH - 160,
    height: { step: 16 },
    title: { text: indicatorName(data.indicator, lang), subtitle: subtitle(data, lang, editions.length > 0 ? editions : [String(period)]) },
    data: { values },
    encoding: {
      y: { field: 'area', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' }, axis: { labelLimit: 200 } },
      x: { field: 'value', type: 'quantitative', title: axisTitle(data, lang) },
    },
    layer: [
      { mark: { type: 'bar', color: '#2f6fad' } },
      { mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: '#1a1a1a' }, encoding: { text: { field: 'label' } } },
    ],
  } as TopLevelSpec;
}

/** The text alternative of a chart: what it shows, in one or two sentences. */
export function chartSummary(data: ChartData, lang: Lang, kind: 'line' | 'ranking'): string {
  const name = indicatorName(data.indicator, lang);
  const areas = [...new Set(data.points.map((p) => areaName(p.area, lang)))];
  const years = data.points.map((p) => p.observation.period!);
  const breaks = methodologyBreaks(data).length;
  if (kind === 'ranking') {
    const top = data.points.slice(0, 3).map((p) => `${areaName(p.area, lang)} (${formatValue(p.observation, lang)})`);
    return lang === 'vi'
      ? `Biểu đồ cột: ${name}, năm ${years[0]}, ${areas.length} tỉnh. Đứng đầu: ${top.join(', ')}.`
      : `Bar chart: ${name}, ${years[0]}, ${areas.length} provinces. Top: ${top.join(', ')}.`;
  }
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  const note = breaks > 0 ? (lang === 'vi' ? ` Có ${breaks} lần đổi phương pháp; các giá trị không được nối qua đó.` : ` ${breaks} methodology change(s); values are not joined across them.`) : '';
  return lang === 'vi'
    ? `Biểu đồ đường: ${name}, ${span}, ${areas.join(', ')}.${note}`
    : `Line chart: ${name}, ${span}, ${areas.join(', ')}.${note}`;
}
