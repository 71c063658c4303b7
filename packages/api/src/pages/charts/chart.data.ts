import type { AreaRow, Dimensions, Geography, IndicatorRow, ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import { canonicalJson } from '../../repositories/observation.repository.js';
import { findAreasByIds, findAreasByRefs } from '../../repositories/area.repository.js';
import type { Db } from '../../repositories/db.types.js';
import { findIndicatorsByCodes } from '../../repositories/indicator.repository.js';
import { listObservations } from '../../repositories/observation.repository.js';
import { findRankablePeriods } from '../../repositories/ranking.repository.js';
import { findSourcesByIds } from '../../repositories/source.repository.js';
import { chooseFigure } from '../../conflicts/figure-choice.js';
import { PageError } from '../page-error.js';
import { GeographyChoice } from './geography-choice.js';

/** What a chart shows: the figures, their areas and sources, and the series (dimensions) chosen. */
export interface ChartData {
  indicator: IndicatorRow;
  dims: Dimensions;
  points: { observation: ObservationRow; area: AreaRow }[];
  sources: SourceDocumentRow[];
  asOf: Date | undefined;
}

/** A chart draws one series: the dimensions asked for, else the one with the most figures. */
function oneSeries(rows: ObservationRow[], dims: Dimensions | undefined): { dims: Dimensions; rows: ObservationRow[] } {
  if (dims) {
    const key = canonicalJson(dims);
    return { dims, rows: rows.filter((r) => canonicalJson(r.dimensions) === key) };
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(canonicalJson(r.dimensions), (counts.get(canonicalJson(r.dimensions)) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!best) return { dims: {}, rows: [] };
  return { dims: JSON.parse(best) as Dimensions, rows: rows.filter((r) => canonicalJson(r.dimensions) === best) };
}

function geographyOf(row: ObservationRow): Geography {
  return row.area_ref.slice(0, row.area_ref.indexOf(':')) as Geography;
}

async function requireIndicator(db: Db, code: string | undefined): Promise<IndicatorRow> {
  if (!code) throw new PageError(400, 'BAD_PARAMETER', 'indicator');
  const [indicator] = await findIndicatorsByCodes(db, [code]);
  if (!indicator) throw new PageError(404, 'NOT_FOUND', `indicator ${code}`);
  return indicator;
}

/** Reported figures only (targets are plans), with a year (a chart over time needs one). */
const charted = (o: ObservationRow) => o.status === 'ACTUAL' && o.period !== null;

async function finish(db: Db, indicator: IndicatorRow, dims: Dimensions, rows: ObservationRow[], asOf: Date | undefined, what: string): Promise<ChartData> {
  if (rows.length === 0) throw new PageError(404, 'NO_DATA', what);
  const [areas, sources] = await Promise.all([
    findAreasByIds(db, [...new Set(rows.map((r) => r.area_id))]),
    findSourcesByIds(db, [...new Set(rows.map((r) => r.source_id))]),
  ]);
  const areaById = new Map(areas.filter((a): a is AreaRow => !!a).map((a) => [a.id, a]));
  return {
    indicator,
    dims,
    points: rows.map((observation) => ({ observation, area: areaById.get(observation.area_id)! })),
    sources: sources.filter((s): s is SourceDocumentRow => !!s),
    asOf,
  };
}

/** One indicator for one or several areas over time, as published at `asOf` (or now). */
export async function loadLineChart(
  db: Db,
  q: { indicator: string | undefined; areaRefs: string[]; dims: Dimensions | undefined; asOf: Date | undefined },
): Promise<ChartData> {
  const indicator = await requireIndicator(db, q.indicator);
  const areas = await findAreasByRefs(db, q.areaRefs);
  const missing = q.areaRefs.find((_, i) => !areas[i]);
  if (missing !== undefined) throw new PageError(404, 'NOT_FOUND', `area ${missing}`);
  const rows = await listObservations(
    db,
    { indicatorCodes: [indicator.code], areaIds: areas.map((a) => a!.id), reviewStatuses: ['APPROVED'], publishedAt: q.asOf },
    { field: 'PERIOD', direction: 'ASC' },
  );
  const series = oneSeries(rows.filter(charted), q.dims);
  return finish(db, indicator, series.dims, series.rows, q.asOf, `${indicator.code} (${q.areaRefs.join(', ')})`);
}

/** One edition of a ranking: every province's figure for one year and series, as published at `asOf` (or now). */
export async function loadRankingChart(
  db: Db,
  q: { indicator: string | undefined; period: number; dims: Dimensions | undefined; asOf: Date | undefined; geography?: Geography | undefined },
): Promise<ChartData> {
  const indicator = await requireIndicator(db, q.indicator);
  const all = await listObservations(
    db,
    { indicatorCodes: [indicator.code], periodFrom: q.period, periodTo: q.period, areaLevel: 'PROVINCE', reviewStatuses: ['APPROVED'], publishedAt: q.asOf },
    { field: 'VALUE', direction: indicator.higher_is_better ? 'DESC' : 'ASC' },
  );
  const rows = q.geography ? all.filter((r) => geographyOf(r) === q.geography) : all;
  const series = oneSeries(rows.filter(charted), q.dims ?? (indicator.dimensions.includes('component') ? { component: 'OVERALL' } : undefined));
  // One geography: pre- and post-2025 units are different territories, never one ranking.
  const geographies = [...new Set(series.rows.map(geographyOf))];
  if (geographies.length > 1) {
    const counts = geographies.sort().map((geography) => ({ geography, areas: new Set(series.rows.filter((r) => geographyOf(r) === geography).map((r) => r.area_id)).size }));
    throw new GeographyChoice(indicator, q.period, series.dims, counts);
  }
  if (series.rows.length === 0) {
    // Say which years do have a ranking of this series, rather than a bare "no data".
    const periods = await findRankablePeriods(db, { indicatorCode: indicator.code, level: 'PROVINCE', dimensions: series.dims, publishedAt: q.asOf });
    throw new PageError(404, 'NO_DATA', `${indicator.code} ${q.period}`, {
      vi: periods.length > 0 ? `Các năm có số liệu: ${periods.join(', ')}.` : 'Chỉ tiêu này chưa có số liệu cấp tỉnh nào.',
      en: periods.length > 0 ? `Years with data: ${periods.join(', ')}.` : 'This indicator has no provincial figures yet.',
    });
  }
  // One figure per province: several sources may report the same one; the rule of the API's rankings picks it.
  const sources = new Map((await findSourcesByIds(db, [...new Set(series.rows.map((r) => r.source_id))])).filter((x) => !!x).map((x) => [x!.id, x!]));
  const byArea = new Map<number, ObservationRow[]>();
  for (const r of series.rows) byArea.set(r.area_id, [...(byArea.get(r.area_id) ?? []), r]);
  const chosen = new Set<ObservationRow>();
  for (const rows of byArea.values()) {
    const source = (r: ObservationRow) => sources.get(r.source_id);
    const pick = chooseFigure(rows.map((r) => ({ id: r.id, role: source(r)?.role ?? 'SECONDARY', publishedAt: source(r)?.published_at ?? null, row: r })));
    chosen.add(pick.chosen.row);
  }
  const ordered = series.rows.filter((r) => chosen.has(r));
  return finish(db, indicator, series.dims, ordered, q.asOf, `${indicator.code} ${q.period}`);
}
