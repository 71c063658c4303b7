/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { type Lang, messages } from './i18n.js';
import { EmbedFrame, localHref, Page, renderDocument } from './layout.js';
import { PAGE_ERROR_TEXT, type PageError } from './page-error.js';

/** What went wrong, in the reader's language. */
export function explainError(error: PageError, lang: Lang): string {
  const text = PAGE_ERROR_TEXT[error.code] ?? PAGE_ERROR_TEXT.BAD_PARAMETER!;
  return text[lang](error.subject);
}

/** A styled message with the status, as a page or inside an embed frame: never a blank frame or a stack trace. */
export function renderErrorPage(error: PageError, lang: Lang, inEmbed: boolean): string {
  const m = messages(lang);
  const heading = error.statusCode === 404 ? m.notFound : m.badRequest;
  const body = (
    <div class="error" role="alert">
      <h1>{heading}</h1>
      <p>{explainError(error, lang)}</p>
      {error.hint ? <p>{error.hint[lang]}</p> : null}
      <p>
        <a href={localHref('/', lang)} target={inEmbed ? '_blank' : undefined} rel={inEmbed ? 'noopener' : undefined}>
          {m.backHome}
        </a>
      </p>
      <p class="meta">
        <code>{error.code}</code>
      </p>
    </div>
  );
  return renderDocument(
    inEmbed ? (
      <EmbedFrame lang={lang} title={heading}>
        {body}
      </EmbedFrame>
    ) : (
      <Page lang={lang} title={heading} path="/">
        {body}
      </Page>
    ),
  );
}
