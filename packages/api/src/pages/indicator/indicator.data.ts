import type { Geography, IndicatorRow } from '@egov-vn/schema';
import { findCoverageByYearAndLevel, findIndicatorEditions, type IndicatorEdition } from '../../repositories/coverage.repository.js';
import { findAreasByIds } from '../../repositories/area.repository.js';
import type { Db } from '../../repositories/db.types.js';
import { findIndicatorsByCodes } from '../../repositories/indicator.repository.js';
import { listObservations } from '../../repositories/observation.repository.js';
import { type ChartData, loadLineChart, loadRankingChart } from '../charts/chart.data.js';
import { MAX_CHART_AREAS, formatDims } from '../charts/chart-params.js';
import { loadFigureList, type FigureList } from '../figure-list.data.js';
import { areaRef } from '../names.js';
import { PageError } from '../page-error.js';
import { rankingEmbed } from '../ranking/ranking.page.js';

/** The chart an indicator page shows, and the embed address that draws it. */
export interface IndicatorChart {
  kind: 'line' | 'ranking';
  data: ChartData;
  /** Path and query of the embed (without format and lang). */
  embed: { path: string; params: Record<string, string> };
}

export interface IndicatorPageData {
  indicator: IndicatorRow;
  editions: IndicatorEdition[];
  coverage: { year: number | null; level: string; count: number }[];
  chart: IndicatorChart | undefined;
  figures: FigureList;
}

/** Provinces needed before a year's figures make a ranking worth drawing. */
export const RANKING_MIN = 5;

/**
 * The chart that says most about an indicator: for a ranking indicator, the
 * latest edition with enough provinces; otherwise the areas with the most
 * figures over time.
 */
export async function defaultChart(db: Db, indicator: IndicatorRow): Promise<IndicatorChart | undefined> {
  const rows = (await listObservations(db, { indicatorCodes: [indicator.code], reviewStatuses: ['APPROVED'] }, undefined)).filter(
    (o) => o.status === 'ACTUAL' && o.period !== null,
  );
  if (rows.length === 0) return undefined;
  if (indicator.dimensions.includes('component')) {
    // Per year and geography: one ranking never mixes the 63 and the 34 provinces.
    const perEdition = new Map<string, { year: number; geography: Geography; n: number }>();
    for (const o of rows) {
      if (o.dimensions.component !== 'OVERALL') continue;
      const geography = o.area_ref.slice(0, o.area_ref.indexOf(':')) as Geography;
      const key = `${o.period}|${geography}`;
      const e = perEdition.get(key) ?? { year: o.period!, geography, n: 0 };
      e.n++;
      perEdition.set(key, e);
    }
    const best = [...perEdition.values()].filter((e) => e.n >= RANKING_MIN).sort((a, b) => b.year - a.year || b.n - a.n)[0];
    if (best !== undefined) {
      const { year, geography } = best;
      const data = await loadRankingChart(db, { indicator: indicator.code, period: year, dims: { component: 'OVERALL' }, asOf: undefined, geography });
      return { kind: 'ranking', data, embed: rankingEmbed(indicator.code, year, formatDims(data.dims), geography) };
    }
  }
  const counts = new Map<number, number>();
  for (const o of rows) counts.set(o.area_id, (counts.get(o.area_id) ?? 0) + 1);
  const ids = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CHART_AREAS).map(([id]) => id);
  const areas = (await findAreasByIds(db, ids)).filter((a) => a !== undefined);
  const refs = areas.map(areaRef);
  const data = await loadLineChart(db, { indicator: indicator.code, areaRefs: refs, dims: undefined, asOf: undefined });
  return { kind: 'line', data, embed: { path: '/embed/line', params: { indicator: indicator.code, areas: refs.join(','), dims: formatDims(data.dims) } } };
}

export async function loadIndicatorPage(db: Db, code: string, after: string | undefined): Promise<IndicatorPageData> {
  const [indicator] = await findIndicatorsByCodes(db, [code]);
  if (!indicator) throw new PageError(404, 'NOT_FOUND', `indicator ${code}`);
  const [editions, coverage, chart, figures] = await Promise.all([
    findIndicatorEditions(db, code),
    findCoverageByYearAndLevel(db, code),
    defaultChart(db, indicator),
    loadFigureList(db, `indicator:${code}`, { indicatorCodes: [code], reviewStatuses: ['APPROVED'] }, { field: 'PERIOD', direction: 'DESC' }, after),
  ]);
  return { indicator, editions, coverage, chart, figures };
}
