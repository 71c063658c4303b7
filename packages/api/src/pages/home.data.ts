import { PAGE_SIZE } from '../config.js';
import { findAreasByIds } from '../repositories/area.repository.js';
import type { Db } from '../repositories/db.types.js';
import { findIndicatorsByCodes, pageIndicators } from '../repositories/indicator.repository.js';
import { countObservations, pageObservations } from '../repositories/observation.repository.js';
import { formatValue } from './format-value.js';
import type { HomeData } from './home.page.js';
import type { Lang } from './i18n.js';
import { areaName, indicatorName } from './names.js';
import { figurePath } from './figure/figure.data.js';

const EXAMPLES = 3;

/** What the landing page shows: the vocabulary (one page: it is far smaller than PAGE_SIZE.max), the count, the first figures. */
export async function loadHome(db: Db, lang: Lang): Promise<HomeData> {
  const published = { reviewStatuses: ['APPROVED'] as const };
  const [indicators, figureCount, first] = await Promise.all([
    pageIndicators(db, {}, { limit: PAGE_SIZE.max, backward: false }),
    countObservations(db, published),
    pageObservations(db, published, { field: 'ID', direction: 'ASC' }, { limit: EXAMPLES, backward: false }),
  ]);
  const [areas, names] = await Promise.all([
    findAreasByIds(db, first.rows.map((o) => o.area_id)),
    findIndicatorsByCodes(db, first.rows.map((o) => o.indicator_code)),
  ]);
  const examples = first.rows.map((o, i) => ({
    href: figurePath(o),
    label: `${names[i] ? indicatorName(names[i], lang) : o.indicator_code} — ${areas[i] ? areaName(areas[i], lang) : ''}, ${o.period ?? ''}: ${formatValue(o, lang)}`,
  }));
  return { indicators: indicators.rows, figureCount, examples };
}
