/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { type AreaRow, foldName, type IndicatorRow } from '@egov-vn/schema';
import { PAGE_SIZE } from '../config.js';
import { pageAreas } from '../repositories/area.repository.js';
import type { Db } from '../repositories/db.types.js';
import { pageIndicators } from '../repositories/indicator.repository.js';
import { type Lang, messages } from './i18n.js';
import { localHref, Page, renderDocument } from './layout.js';
import { areaName, areaRef, indicatorName } from './names.js';

/** Results shown per kind: a search box is for finding, not browsing. */
const RESULTS = 20;

export interface SearchResults {
  q: string;
  areas: AreaRow[];
  indicators: IndicatorRow[];
}

/** Areas by any of their names (the API's search), indicators by name or code, diacritics ignored. */
export async function search(db: Db, q: string): Promise<SearchResults> {
  const text = q.trim().slice(0, 200);
  if (!text) return { q: text, areas: [], indicators: [] };
  const key = foldName(text);
  const [areas, indicators] = await Promise.all([
    pageAreas(db, { search: text }, { limit: RESULTS, backward: false }),
    pageIndicators(db, {}, { limit: PAGE_SIZE.max, backward: false }),
  ]);
  const matches = (i: IndicatorRow) => [i.code, i.name_vi, i.name_en].some((n) => foldName(n).includes(key));
  return { q: text, areas: areas.rows, indicators: indicators.rows.filter(matches).slice(0, RESULTS) };
}

/** The search box (a plain GET form: it works without script). */
export function SearchForm({ lang, q }: { lang: Lang; q?: string }) {
  const m = messages(lang);
  return (
    <form class="search" action="/search" method="get" role="search">
      <label class="visually-hidden" for="q">
        {m.search}
      </label>
      <input id="q" name="q" type="search" value={q} placeholder={m.search} />
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <button type="submit">{m.searchButton}</button>
    </form>
  );
}

export function renderSearchPage(r: SearchResults, lang: Lang): string {
  const m = messages(lang);
  return renderDocument(
    <Page lang={lang} title={m.searchResults(r.q)} path="/search" params={{ q: r.q }}>
      <h1>{m.searchResults(r.q)}</h1>
      <SearchForm lang={lang} q={r.q} />
      {r.areas.length === 0 && r.indicators.length === 0 ? <p>{m.nothingFound}</p> : null}
      {r.indicators.length > 0 ? (
        <>
          <h2>{m.indicator}</h2>
          <ul class="plain">
            {r.indicators.map((i) => (
              <li key={i.code}>
                <a href={localHref(`/indicators/${i.code}`, lang)}>{indicatorName(i, lang)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.areas.length > 0 ? (
        <>
          <h2>{m.area}</h2>
          <ul class="plain">
            {r.areas.map((a) => (
              <li key={a.id}>
                <a href={localHref(`/areas/${areaRef(a)}`, lang)}>{areaName(a, lang)}</a> ({m.geography[a.geography]})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>,
  );
}
