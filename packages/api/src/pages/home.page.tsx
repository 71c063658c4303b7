/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { INDICATOR_CATEGORIES, type IndicatorRow } from '@egov-vn/schema';
import { type Lang, messages } from './i18n.js';
import { localHref, Page, renderDocument } from './layout.js';
import { indicatorName } from './names.js';
import { SearchForm } from './search.page.js';

export interface HomeData {
  indicators: IndicatorRow[];
  figureCount: number;
  /** A few figures to start from: [address, label]. */
  examples: { href: string; label: string }[];
}

/** The landing page: what the data is, search, indicators by category, the API and SDK, the licence. */
export function renderHomePage(data: HomeData, lang: Lang): string {
  const m = messages(lang);
  return renderDocument(
    <Page lang={lang} title={m.home} path="/">
      <h1>{m.siteName}</h1>
      <p>{m.tagline}</p>
      <SearchForm lang={lang} />

      <h2>{m.whatIsThis}</h2>
      <p>{m.about}</p>
      <p>{m.figuresCount(data.figureCount)}</p>
      {data.examples.length > 0 ? (
        <ul>
          {data.examples.map((e) => (
            <li key={e.href}>
              <a href={localHref(e.href, lang)}>{e.label}</a>
            </li>
          ))}
        </ul>
      ) : null}

      <h2>{m.indicatorsByCategory}</h2>
      {INDICATOR_CATEGORIES.map((category) => {
        const list = data.indicators.filter((i) => i.category === category);
        if (list.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`cat-${category}`}>
            <h3 id={`cat-${category}`}>{m.categories[category] ?? category}</h3>
            <ul class="plain">
              {list.map((i) => (
                <li key={i.code}>
                  <a href={localHref(`/indicators/${i.code}`, lang)}>{indicatorName(i, lang)}</a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2>{m.useApi}</h2>
      <p>{m.apiText}</p>
      <p>
        <a href="/graphql">GraphiQL</a>
      </p>
      <h2>{m.licence}</h2>
      <p>{m.licenceText}</p>
    </Page>,
  );
}
