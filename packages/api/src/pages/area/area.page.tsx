/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import type { AreaLink } from '../../repositories/lineage.repository.js';
import { FiguresTable } from '../figures-table.js';
import { type Lang, messages } from '../i18n.js';
import { localHref, Page, renderDocument } from '../layout.js';
import { areaName, areaRef } from '../names.js';
import type { AreaPageData } from './area.data.js';

function Links({ links, lang }: { links: AreaLink[]; lang: Lang }) {
  return (
    <ul>
      {links.map((l) => (
        <li key={l.area.id}>
          <a href={localHref(`/areas/${areaRef(l.area)}`, lang)}>{areaName(l.area, lang)}</a> ({l.kind === 'partial' ? (lang === 'vi' ? 'một phần' : 'part') : lang === 'vi' ? 'toàn bộ' : 'whole'}, {l.effectiveOn})
        </li>
      ))}
    </ul>
  );
}

/** An area across the 2025 reorganisation. */
export function renderAreaPage(d: AreaPageData, lang: Lang): string {
  const m = messages(lang);
  const a = d.area;
  const name = areaName(a, lang);
  const path = `/areas/${areaRef(a)}`;
  return renderDocument(
    <Page lang={lang} title={name} path={path}>
      <h1>{name}</h1>
      <dl class="facts">
        <dt>{m.level}</dt>
        <dd>{m.levels[a.level] ?? a.level}</dd>
        <dt>{m.area}</dt>
        <dd>
          <code>{areaRef(a)}</code> · {m.geography[a.geography] ?? a.geography}
        </dd>
        <dt>{m.validity}</dt>
        <dd>
          {a.valid_from ?? '…'} – {a.valid_to ?? '…'}
        </dd>
        {d.parent ? (
          <>
            <dt>{m.parent}</dt>
            <dd>
              <a href={localHref(`/areas/${areaRef(d.parent)}`, lang)}>{areaName(d.parent, lang)}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {d.predecessors.length > 0 ? (
        <section aria-labelledby="pred-h">
          <h2 id="pred-h">{m.predecessors}</h2>
          <Links links={d.predecessors} lang={lang} />
        </section>
      ) : null}
      {d.successors.length > 0 ? (
        <section aria-labelledby="succ-h">
          <h2 id="succ-h">{m.successors}</h2>
          <Links links={d.successors} lang={lang} />
        </section>
      ) : null}
      <section aria-labelledby="figures-h">
        <h2 id="figures-h">{m.figuresOf(name)}</h2>
        {d.figures.rows.length > 0 ? (
          <FiguresTable list={d.figures} lang={lang} caption={m.figuresOf(name)} show={{ indicator: true }} nextHref={(after) => localHref(path, lang, { after })} />
        ) : (
          <p>{m.nothingFound}</p>
        )}
      </section>
      {d.related.rows.length > 0 ? (
        <section aria-labelledby="related-h">
          <h2 id="related-h">{d.predecessors.length > 0 ? m.predecessors : m.successors}: {m.figures.toLowerCase()}</h2>
          <FiguresTable list={d.related} lang={lang} caption={m.figures} show={{ indicator: true, area: true }} nextHref={() => path} />
        </section>
      ) : null}
    </Page>,
  );
}
