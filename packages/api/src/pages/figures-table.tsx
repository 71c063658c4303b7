/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { FigureValueLink } from './figure/figure-value-link.js';
import type { FigureList } from './figure-list.data.js';
import { formatDimensions } from './format-value.js';
import { type Lang, messages } from './i18n.js';
import { localHref } from './layout.js';
import { areaName, areaRef, indicatorName } from './names.js';

/** A table of figures (one keyset page) with a link to the next page; `show` picks the columns that vary. */
export function FiguresTable({
  list,
  lang,
  caption,
  show,
  nextHref,
}: {
  list: FigureList;
  lang: Lang;
  caption: string;
  show: { indicator?: boolean; area?: boolean };
  nextHref: (cursor: string) => string;
}) {
  const m = messages(lang);
  return (
    <>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {show.indicator ? <th scope="col">{m.indicator}</th> : null}
            {show.area ? <th scope="col">{m.area}</th> : null}
            <th scope="col">{m.period}</th>
            <th scope="col">{m.dimensions}</th>
            <th scope="col" class="num">
              {m.value}
            </th>
            <th scope="col">{m.edition}</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map(({ observation: o, area, indicator }) => (
            <tr key={o.id}>
              {show.indicator ? (
                <td>
                  <a href={localHref(`/indicators/${o.indicator_code}`, lang)}>{indicator ? indicatorName(indicator, lang) : o.indicator_code}</a>
                </td>
              ) : null}
              {show.area ? <td>{area ? <a href={localHref(`/areas/${areaRef(area)}`, lang)}>{areaName(area, lang)}</a> : ''}</td> : null}
              <td>{o.period ?? m.noPeriod}</td>
              <td>{formatDimensions(o.dimensions as Record<string, string>)}</td>
              <td class="num">
                <FigureValueLink figure={o} lang={lang} />
              </td>
              <td>{o.edition ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.next ? (
        <p>
          <a href={nextHref(list.next)} rel="next">
            {m.nextPage}
          </a>
        </p>
      ) : null}
    </>
  );
}
