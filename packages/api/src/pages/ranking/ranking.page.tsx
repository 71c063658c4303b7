/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { ChartSection, type DrawnChart } from '../chart-section.js';
import { formatDims } from '../charts/chart-params.js';
import { type Lang, messages } from '../i18n.js';
import { localHref, Page, renderDocument } from '../layout.js';
import { indicatorName } from '../names.js';
import { oembedHref } from '../oembed/oembed-href.js';
import type { GeographyChoice } from '../charts/geography-choice.js';

/** The page of one edition of a ranking: every province in order, for one year. */
export const rankingPath = (code: string, year: number) => `/rankings/${code}/${year}`;

/** The embed that draws the ranking page's chart. */
export function rankingEmbed(code: string, year: number, dims: string, geography?: 'pre2025' | 'post2025') {
  return { path: '/embed/ranking', params: { indicator: code, period: String(year), ...(geography ? { geography } : {}), dims } };
}

export function renderRankingPage(chart: DrawnChart, year: number, lang: Lang, origin: string): string {
  const m = messages(lang);
  const { indicator, dims } = chart.data;
  const title = m.rankingOf(indicatorName(indicator, lang), year);
  const path = rankingPath(indicator.code, year);
  const params = { dims: formatDims(dims) || undefined, geography: chart.embed.params.geography };
  return renderDocument(
    <Page lang={lang} title={title} path={path} params={params} oembed={oembedHref(origin, localHref(path, lang, params))}>
      <h1>{title}</h1>
      <p>
        <a href={localHref(`/indicators/${indicator.code}`, lang)}>
          {m.allAbout}: {indicatorName(indicator, lang)}
        </a>
      </p>
      <ChartSection chart={chart} lang={lang} origin={origin} />
    </Page>,
  );
}

/**
 * A ranking year published for both sets of units (DTI 2024): the page says so
 * and links each ranking, rather than refusing the address.
 */
export function renderRankingChoicePage(choice: GeographyChoice, lang: Lang): string {
  const m = messages(lang);
  const name = indicatorName(choice.indicator, lang);
  const title = m.rankingOf(name, choice.period);
  const path = rankingPath(choice.indicator.code, choice.period);
  const dims = formatDims(choice.dims) || undefined;
  return renderDocument(
    <Page lang={lang} title={title} path={path} params={{ dims }}>
      <h1>{title}</h1>
      <p>{m.rankingChoice(name, choice.period)}</p>
      <ul>
        {choice.options.map((o) => (
          <li key={o.geography}>
            <a href={localHref(path, lang, { dims, geography: o.geography })}>{m.geography[o.geography]}</a> ({m.provincesWithFigure(o.areas)})
          </li>
        ))}
      </ul>
      <p>
        <a href={localHref(`/indicators/${choice.indicator.code}`, lang)}>
          {m.allAbout}: {name}
        </a>
      </p>
    </Page>,
  );
}
