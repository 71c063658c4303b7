/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas make every runner (tsx from any folder, vitest) compile JSX for Preact, whatever tsconfig it finds.
import type { ObservationRow } from '@egov-vn/schema';
import { formatValue } from '../format-value.js';
import type { Lang } from '../i18n.js';
import { localHref } from '../layout.js';
import { figurePath } from './figure.data.js';

/** A figure's value as the reader sees it, linking to that version's page (in `linkTarget` when embedded elsewhere). */
export function FigureValueLink({ figure, lang, linkTarget }: { figure: Pick<ObservationRow, 'natural_key' | 'revision' | 'value' | 'unit' | 'qualifier'>; lang: Lang; linkTarget?: string | undefined }) {
  return (
    <a href={localHref(figurePath(figure), lang)} {...(linkTarget ? { target: linkTarget, rel: 'noopener' } : {})}>
      {formatValue(figure, lang)}
    </a>
  );
}
