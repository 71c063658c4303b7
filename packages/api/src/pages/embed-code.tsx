/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { type Lang, messages } from './i18n.js';

/** The frame height each kind of embed starts at (its script then fits the frame to the content). */
export const EMBED_HEIGHT = { figure: 260, line: 520, ranking: 700 } as const;

/** The HTML a newsroom pastes: our frame plus our auto-height script (from our origin). */
export function embedSnippet(origin: string, embedPath: string, title: string, height: number): string {
  const src = `${origin}${embedPath}`;
  const safeTitle = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    `<iframe src="${src}" title="${safeTitle}" data-egov-embed width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:720px" loading="lazy"></iframe>` +
    `<script async src="${origin}/assets/embed-host.js"></script>`
  );
}

/** "Copy embed code": the code in a read-only box, the button works through our static page.js. */
export function EmbedCode({ id, code, lang, formats }: { id: string; code: string; lang: Lang; formats?: { label: string; href: string }[] }) {
  const m = messages(lang);
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.embed}</h2>
      <label for={id}>{m.embedCode}</label>
      <textarea id={id} class="embed-code" readOnly>
        {code}
      </textarea>
      <p>
        <button type="button" data-copy={id} data-done={m.copied} hidden>
          {m.copyEmbed}
        </button>
      </p>
      {formats && formats.length > 0 ? (
        <p>
          {m.formats}:{' '}
          {formats.map((f, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <a href={f.href}>{f.label}</a>
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}
