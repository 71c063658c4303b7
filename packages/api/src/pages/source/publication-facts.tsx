/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import type { SourceDocumentRow } from '@egov-vn/schema';
import { type Lang, messages } from '../i18n.js';
import { outletOf } from '../source-facts.js';

/** Where and when a source was published (outlet, date, address): entries of a page's facts list (`<dl class="facts">`). */
export function PublicationFacts({ source, lang }: { source: Pick<SourceDocumentRow, 'publisher' | 'url' | 'published_at'>; lang: Lang }) {
  const m = messages(lang);
  const outlet = outletOf(source);
  return (
    <>
      {outlet ? (
        <>
          <dt>{m.outlet}</dt>
          <dd>{outlet}</dd>
        </>
      ) : null}
      <dt>{m.publishedOn}</dt>
      <dd>{source.published_at ?? m.undated}</dd>
      {source.url ? (
        <>
          <dt>{m.address}</dt>
          <dd>
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          </dd>
        </>
      ) : null}
    </>
  );
}
