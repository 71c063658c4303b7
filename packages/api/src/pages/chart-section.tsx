/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { ChartBlock } from './charts/chart-embed.js';
import { chartSummary, lineChartSpec, rankingChartSpec } from './charts/chart.specs.js';
import { compileVegaLite, renderSvg } from './charts/render-chart.js';
import type { ChartData } from './charts/chart.data.js';
import { EMBED_HEIGHT, EmbedCode, embedSnippet } from './embed-code.js';
import { type Lang, messages } from './i18n.js';
import { localHref } from './layout.js';
import { indicatorName } from './names.js';

/** A chart on a page, drawn, with what the page needs to show it and offer it for embedding. */
export interface DrawnChart {
  kind: 'line' | 'ranking';
  data: ChartData;
  svg: string;
  embed: { path: string; params: Record<string, string> };
}

export async function drawChart(chart: Omit<DrawnChart, 'svg'>, lang: Lang): Promise<DrawnChart> {
  const spec = chart.kind === 'line' ? lineChartSpec(chart.data, lang) : rankingChartSpec(chart.data, lang);
  return { ...chart, svg: await renderSvg(compileVegaLite(spec)) };
}

/** The chart, its table and sources, its downloads and its embed code. */
export function ChartSection({ chart, lang, origin }: { chart: DrawnChart; lang: Lang; origin: string }) {
  const m = messages(lang);
  const { path, params } = chart.embed;
  const summary = chartSummary(chart.data, lang, chart.kind);
  return (
    <section aria-labelledby="chart-h">
      <h2 id="chart-h">{m.chart}</h2>
      <ChartBlock data={chart.data} svg={chart.svg} summary={summary} lang={lang} />
      <EmbedCode
        id="embed-chart"
        lang={lang}
        code={embedSnippet(origin, localHref(path, lang, params), indicatorName(chart.data.indicator, lang), EMBED_HEIGHT[chart.kind])}
        formats={[
          { label: 'SVG', href: localHref(`${path}.svg`, lang, params) },
          { label: 'PNG', href: localHref(`${path}.png`, lang, params) },
          { label: `CSV (${m.download})`, href: localHref(`${path}.csv`, 'vi', params) },
        ]}
      />
    </section>
  );
}
