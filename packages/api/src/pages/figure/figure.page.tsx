/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import { formatFigureCitation, tableLocator } from '../../citations/citation.js';
import { EMBED_HEIGHT, EmbedCode, embedSnippet } from '../embed-code.js';
import { oembedHref } from '../oembed/oembed-href.js';
import { formatDimensions, formatValue } from '../format-value.js';
import { type Lang, messages } from '../i18n.js';
import { localHref, Page, renderDocument } from '../layout.js';
import { areaName, areaRef, indicatorName } from '../names.js';
import { quoteInContext } from '../quote-context.js';
import { PublicationFacts } from '../source/publication-facts.js';
import { sourceRef } from '../source-facts.js';
import { type Figure, figurePath, versionKey } from './figure.data.js';
import { FigureValueLink } from './figure-value-link.js';

export const figureEmbedPath = (o: Parameters<typeof versionKey>[0]) => `/embed/figure/${versionKey(o)}`;

/** The figure's title: "Tỷ lệ CBCC được trang bị máy tính — Tỉnh Hoà Bình, 2012". */
export function figureTitle(f: Figure, lang: Lang): string {
  const m = messages(lang);
  return `${indicatorName(f.indicator, lang)} — ${areaName(f.area, lang)}, ${f.observation.period ?? m.noPeriod}`;
}

/** The page at a permanent address of one version of a figure. */
export function renderFigurePage(f: Figure, lang: Lang, origin: string): string {
  const m = messages(lang);
  const o = f.observation;
  const title = figureTitle(f, lang);
  const ctx = quoteInContext(f.source.text, o.quote_start, o.quote_end);
  const dims = formatDimensions(o.dimensions as Record<string, string>);
  const permanent = `${origin}${figurePath(o)}`;
  const embedPath = localHref(figureEmbedPath(o), lang);
  const path = figurePath(o);
  return renderDocument(
    <Page lang={lang} title={title} path={path} oembed={oembedHref(origin, localHref(path, lang))}>
      <h1>{title}</h1>
      <p class="value">{formatValue(o, lang)}</p>
      {f.latest ? (
        <p class="notice">
          <a href={localHref(figurePath(f.latest), lang)}>{m.newerData}</a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{m.indicator}</dt>
        <dd>
          <a href={localHref(`/indicators/${o.indicator_code}`, lang)}>{indicatorName(f.indicator, lang)}</a> (<code>{o.indicator_code}</code>)
        </dd>
        <dt>{m.area}</dt>
        <dd>
          <a href={localHref(`/areas/${areaRef(f.area)}`, lang)}>{areaName(f.area, lang)}</a>
        </dd>
        <dt>{m.period}</dt>
        <dd>{o.period ?? m.noPeriod}</dd>
        {dims ? (
          <>
            <dt>{m.dimensions}</dt>
            <dd>{dims}</dd>
          </>
        ) : null}
        {o.edition ? (
          <>
            <dt>{m.edition}</dt>
            <dd>{o.edition}</dd>
          </>
        ) : null}
        {o.methodology ? (
          <>
            <dt>{m.methodology}</dt>
            <dd>{o.methodology}</dd>
          </>
        ) : null}
        {o.status === 'TARGET' ? (
          <>
            <dt>{m.value}</dt>
            <dd>{m.target}</dd>
          </>
        ) : null}
      </dl>

      {f.source.kind === 'TABLE' ? (
        <>
          <h2>{m.tablePlace}</h2>
          <p>{tableLocator(o, lang)}</p>
          <p>
            {m.transcribedRow}: <code>{ctx.quote}</code>
          </p>
        </>
      ) : (
        <>
          <h2>{m.quote}</h2>
          <blockquote>
            {ctx.before}
            <mark>{ctx.quote}</mark>
            {ctx.after}
          </blockquote>
        </>
      )}

      <h2>{m.source}</h2>
      <dl class="facts">
        <dt>{m.source}</dt>
        <dd>
          <a href={localHref(`/sources/${sourceRef(f.source)}`, lang)}>{f.source.title}</a>
        </dd>
        <PublicationFacts source={f.source} lang={lang} />
        {f.source.attribution ? (
          <>
            <dt>{m.licence}</dt>
            <dd>{f.source.attribution}</dd>
          </>
        ) : null}
      </dl>

      <h2>{m.revisions}</h2>
      <ol>
        {f.versions.map((v) => (
          <li key={v.id}>
            {v.id === o.id ? (
              <strong aria-current="page">{formatValue(v, lang)}</strong>
            ) : (
              <FigureValueLink figure={v} lang={lang} />
            )}{' '}
            ({m.revision} {v.revision}, {v.superseded_at ? m.superseded : m.current})
          </li>
        ))}
      </ol>

      <h2>{m.howToCite}</h2>
      <p>
        {formatFigureCitation(o, f.source, lang)} egov-vn, {permanent}
      </p>

      <EmbedCode
        id="embed-figure"
        lang={lang}
        code={embedSnippet(origin, embedPath, title, EMBED_HEIGHT.figure)}
        formats={[
          { label: 'SVG', href: localHref(`${figureEmbedPath(o)}.svg`, lang) },
          { label: 'PNG', href: localHref(`${figureEmbedPath(o)}.png`, lang) },
          { label: 'CSV', href: `${figureEmbedPath(o)}.csv` },
        ]}
      />
    </Page>,
  );
}
