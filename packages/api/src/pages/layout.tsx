/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import type { ComponentChildren, VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { type Lang, messages } from './i18n.js';

/** A page address in `lang`: Vietnamese is the default, so only English carries `?lang=en`. */
export function localHref(path: string, lang: Lang, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v);
  if (lang === 'en') search.set('lang', 'en');
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export interface PageProps {
  lang: Lang;
  title: string;
  /** The page's path and parameters without `lang`, for the language switch. */
  path: string;
  params?: Record<string, string | undefined>;
  /** An oEmbed discovery link for pages a CMS can embed. */
  oembed?: string;
  children: ComponentChildren;
}

/** The frame of every public page: no script but our own static file, no font or style from elsewhere. */
export function Page({ lang, title, path, params, oembed, children }: PageProps) {
  const m = messages(lang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${m.siteName}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {oembed ? <link rel="alternate" type="application/json+oembed" href={oembed} title={title} /> : null}
        <script src="/assets/page.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          {m.skip}
        </a>
        <header class="site">
          <a class="brand" href={localHref('/', lang)}>
            {m.siteName}
          </a>
          <a href={localHref(path, other, params)} hrefLang={other} lang={other}>
            {m.langSwitch}
          </a>
        </header>
        <main id="main">{children}</main>
        <footer class="site">
          <p>
            {m.licence}: {m.licenceText}
          </p>
          <p>
            <a href="/graphql">GraphQL API</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** The frame of an embed: small, our stylesheet and the auto-height script only. */
export function EmbedFrame({ lang, title, children }: { lang: Lang; title: string; children: ComponentChildren }) {
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <script src="/assets/embed.js" defer />
      </head>
      <body class="embed">
        <main>{children}</main>
      </body>
    </html>
  );
}

export function renderDocument(vnode: VNode): string {
  return `<!doctype html>${render(vnode)}`;
}
