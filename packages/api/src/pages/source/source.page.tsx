/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { sourceRights } from '@egov-vn/schema';
import { FigureValueLink } from '../figure/figure-value-link.js';
import { type Lang, messages } from '../i18n.js';
import { localHref, Page, renderDocument } from '../layout.js';
import { quoteInContext } from '../quote-context.js';
import { sourceRef, textIsOpen } from '../source-facts.js';
import { PublicationFacts } from './publication-facts.js';
import { markQuotes, type SourcePageData } from './source.data.js';

/**
 * A source: its metadata and its figures. The stored text is shown in full,
 * every figure highlighted at its offsets, only where its licence allows;
 * otherwise each figure's quote with some context, as a citation.
 */
export function renderSourcePage(d: SourcePageData, lang: Lang): string {
  const m = messages(lang);
  const s = d.source;
  const open = textIsOpen(s);
  const path = `/sources/${sourceRef(s)}`;
  const quotes = [...new Map(d.figures.map((o) => [`${o.quote_start}:${o.quote_end}`, o])).values()];
  return renderDocument(
    <Page lang={lang} title={s.title} path={path}>
      <h1>{s.title}</h1>
      <dl class="facts">
        <dt>{m.kind}</dt>
        <dd>{m.kinds[s.kind] ?? s.kind}</dd>
        <PublicationFacts source={s} lang={lang} />
        <dt>{m.licence}</dt>
        <dd>{s.licence ?? '—'}</dd>
        <dt>{m.rights}</dt>
        <dd>{sourceRights(s)}</dd>
      </dl>

      <h2>{m.figures}</h2>
      <ul>
        {d.figures.map((o) => (
          <li key={o.id}>
            <FigureValueLink figure={o} lang={lang} /> — <code>{o.indicator_code}</code>
            {o.period ? `, ${o.period}` : ''}
          </li>
        ))}
      </ul>

      {open ? (
        <section aria-labelledby="text-h">
          <h2 id="text-h">{m.fullText}</h2>
          <div class="source-text">
            {markQuotes(s.text, d.figures.map((o) => ({ start: o.quote_start, end: o.quote_end }))).map((p, i) =>
              p.marked ? <mark key={i}>{p.text}</mark> : p.text,
            )}
          </div>
        </section>
      ) : (
        <section aria-labelledby="text-h">
          <h2 id="text-h">{m.excerpts}</h2>
          {quotes.map((o) => {
            const ctx = quoteInContext(s.text, o.quote_start, o.quote_end);
            return (
              <blockquote key={o.id}>
                {ctx.before}
                <mark>{ctx.quote}</mark>
                {ctx.after}
              </blockquote>
            );
          })}
        </section>
      )}
    </Page>,
  );
}
