/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { ChartSection, type DrawnChart } from '../chart-section.js';
import { FiguresTable } from '../figures-table.js';
import { type Lang, messages } from '../i18n.js';
import { localHref, Page, renderDocument } from '../layout.js';
import { indicatorName } from '../names.js';
import { oembedHref } from '../oembed/oembed-href.js';
import { rankingPath } from '../ranking/ranking.page.js';
import { type IndicatorPageData, RANKING_MIN } from './indicator.data.js';

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;

/** An indicator: definition, unit, editions and methodologies, coverage, chart, figures and downloads. */
export function renderIndicatorPage(d: IndicatorPageData, chart: DrawnChart | undefined, lang: Lang, origin: string): string {
  const m = messages(lang);
  const i = d.indicator;
  const path = `/indicators/${i.code}`;
  const years = [...new Set(d.coverage.map((c) => c.year))];
  const count = (year: number | null, level: string) => d.coverage.find((c) => c.year === year && c.level === level)?.count ?? 0;
  return renderDocument(
    <Page lang={lang} title={indicatorName(i, lang)} path={path} oembed={chart ? oembedHref(origin, localHref(path, lang)) : undefined}>
      <h1>{indicatorName(i, lang)}</h1>
      <dl class="facts">
        <dt>{m.indicator}</dt>
        <dd>
          <code>{i.code}</code>
        </dd>
        <dt>{m.definition}</dt>
        <dd>{i.definition}</dd>
        <dt>{m.unit}</dt>
        <dd>{m.unitNames[i.unit] ?? i.unit}</dd>
        <dt>{m.category}</dt>
        <dd>{m.categories[i.category] ?? i.category}</dd>
      </dl>

      {d.editions.some((e) => e.edition || e.methodology) ? (
        <section aria-labelledby="editions-h">
          <h2 id="editions-h">{m.editions}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.edition}</th>
                <th scope="col">{m.methodology}</th>
                <th scope="col">{m.period}</th>
                <th scope="col" class="num">
                  {m.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.editions.map((e) => (
                <tr key={`${e.edition}|${e.methodology}`}>
                  <td>{e.edition ?? '—'}</td>
                  <td>{e.methodology ?? '—'}</td>
                  <td>{e.firstYear === e.lastYear ? (e.firstYear ?? m.noPeriod) : `${e.firstYear}–${e.lastYear}`}</td>
                  <td class="num">{e.observationCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="coverage-h">
        <h2 id="coverage-h">{m.coverage}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.period}</th>
              {LEVELS.map((l) => (
                <th scope="col" class="num" key={l}>
                  {m.levels[l]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={String(y)}>
                <th scope="row">
                  {y !== null && count(y, 'PROVINCE') >= RANKING_MIN ? (
                    <a href={localHref(rankingPath(i.code, y), lang)} aria-label={`${m.ranking} ${y}`}>
                      {y}
                    </a>
                  ) : (
                    (y ?? m.noPeriod)
                  )}
                </th>
                {LEVELS.map((l) => (
                  <td class="num" key={l}>
                    {count(y, l)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {chart ? <ChartSection chart={chart} lang={lang} origin={origin} /> : null}

      <section aria-labelledby="figures-h">
        <h2 id="figures-h">{m.figures}</h2>
        <FiguresTable
          list={d.figures}
          lang={lang}
          caption={m.figures}
          show={{ area: true }}
          nextHref={(after) => localHref(path, lang, { after })}
        />
      </section>
    </Page>,
  );
}
