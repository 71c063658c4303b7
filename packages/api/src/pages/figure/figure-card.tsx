/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { tableLocator } from '../../citations/citation.js';
import { formatValue } from '../format-value.js';
import { type Lang, messages } from '../i18n.js';
import { EmbedFrame, localHref, renderDocument } from '../layout.js';
import { outletOf } from '../source-facts.js';
import { type Figure, figurePath } from './figure.data.js';
import { figureTitle } from './figure.page.js';

/**
 * The figure card embed: the value as written, what and where, the quote,
 * and the source with the licence, linking to the figure page. Its bytes
 * depend only on the version shown, so a pinned card never changes; whether a
 * newer version exists is asked by our static script (`newerCheck`).
 */
export function renderFigureCard(f: Figure, lang: Lang): string {
  const m = messages(lang);
  const o = f.observation;
  const title = figureTitle(f, lang);
  const outlet = outletOf(f.source);
  return renderDocument(
    <EmbedFrame lang={lang} title={title}>
      <article class="card">
        <p class="meta">{title}</p>
        <p class="value">{formatValue(o, lang)}</p>
        {/* A transcribed table row is our copy, not the source's words: the card names the place in the table instead. */}
        {f.source.kind === 'TABLE' || o.quote === null ? <p class="locator">{tableLocator(o, lang)}</p> : <blockquote>“{o.quote.replace(/\s+/g, ' ').trim()}”</blockquote>}
        <p class="cite">
          {m.source}:{' '}
          <a href={localHref(figurePath(o), lang)} target="_blank" rel="noopener">
            {f.source.title}
          </a>
          {outlet ? `, ${outlet}` : ''}
          {f.source.published_at ? `, ${f.source.published_at}` : ''}. {m.licence}: CC BY 4.0, egov-vn.
        </p>
        <p class="notice" hidden data-newer-check={`/embed/newer?ids=${o.id}${lang === 'en' ? '&lang=en' : ''}`} data-label={m.newerData} />
      </article>
    </EmbedFrame>,
  );
}
