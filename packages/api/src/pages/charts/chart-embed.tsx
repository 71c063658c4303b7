/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { FigureValueLink } from '../figure/figure-value-link.js';
import { type Lang, messages } from '../i18n.js';
import { EmbedFrame, localHref, renderDocument } from '../layout.js';
import { areaName, indicatorName } from '../names.js';
import { outletOf, sourceRef } from '../source-facts.js';
import type { ChartData } from './chart.data.js';

/** The chart with its text alternative, its data table and its sources: what a reader without the picture needs. */
export function ChartBlock({ data, svg, summary, lang, linkTarget }: { data: ChartData; svg: string; summary: string; lang: Lang; linkTarget?: string }) {
  const m = messages(lang);
  const target = linkTarget ? { target: linkTarget, rel: 'noopener' } : {};
  return (
    <figure class="chart-figure">
      <div class="chart" role="img" aria-label={summary} dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{summary}</figcaption>
      <details class="data">
        <summary>{lang === 'vi' ? 'Bảng số liệu' : 'Data table'}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.area}</th>
              <th scope="col">{m.period}</th>
              <th scope="col" class="num">
                {m.value}
              </th>
              <th scope="col">{m.edition}</th>
            </tr>
          </thead>
          <tbody>
            {data.points.map(({ observation: o, area }) => (
              <tr key={o.id}>
                <td>{areaName(area, lang)}</td>
                <td>{o.period}</td>
                <td class="num">
                  <FigureValueLink figure={o} lang={lang} linkTarget={linkTarget} />
                </td>
                <td>{o.edition ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p class="cite">
        {m.source}:{' '}
        {data.sources.map((s, i) => (
          <>
            {i > 0 ? '; ' : ''}
            <a href={localHref(`/sources/${sourceRef(s)}`, lang)} {...target}>
              {outletOf(s) ?? s.title}
            </a>
          </>
        ))}
        . {m.licence}: CC BY 4.0, egov-vn.{' '}
        <a href={localHref(`/indicators/${data.indicator.code}`, lang)} {...target}>
          {indicatorName(data.indicator, lang)}
        </a>
      </p>
    </figure>
  );
}

/** A chart embed (line or ranking) for an iframe. Pinned with `asOf`: its bytes depend only on what was published then. */
export function renderChartEmbed(data: ChartData, svg: string, summary: string, lang: Lang): string {
  const m = messages(lang);
  const ids = data.points.map((p) => p.observation.id).join(',');
  return renderDocument(
    <EmbedFrame lang={lang} title={indicatorName(data.indicator, lang)}>
      <ChartBlock data={data} svg={svg} summary={summary} lang={lang} linkTarget="_blank" />
      {data.asOf ? <p class="notice" hidden data-newer-check={`/embed/newer?ids=${ids}${lang === 'en' ? '&lang=en' : ''}`} data-label={m.newerData} /> : null}
    </EmbedFrame>,
  );
}
