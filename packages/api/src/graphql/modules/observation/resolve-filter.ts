import { findIndicator, isIsoDate, isIsoDateTime } from '@egov-vn/schema';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { ObservationQuery } from '../../../repositories/observation.repository.js';
import { findSourcesByHashes } from '../../../repositories/source.repository.js';
import type { Context } from '../../context.js';
import { partialDimensions } from '../../dimensions.js';
import { badInput, notFound } from '../../errors.js';
import { requireAreas } from '../area/area.queries.js';
import { requireRelease } from '../release/require-release.js';
import { MAX_LIST, type ObservationFilterInput } from './observation-filter.input.js';
import { type Territory, territoryOf } from './territory.js';

type FilterArg = typeof ObservationFilterInput.$inferInput;

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function checkYear(name: string, year: number | null | undefined): void {
  if (year != null && (year < YEAR_MIN || year > YEAR_MAX)) {
    throw badInput(`${name} must be a year between ${YEAR_MIN} and ${YEAR_MAX}`, { argument: name, value: year });
  }
}

export interface ResolvedObservationFilter {
  query: ObservationQuery;
  /** In HISTORICAL mode, the territory the area conditions expanded to (for `Observation.via`). */
  territory: Territory | null;
}

/** Validates a filter and resolves its codes; throws BAD_USER_INPUT / NOT_FOUND with the offending argument. */
export async function resolveObservationFilter(ctx: Context, filter: FilterArg | null | undefined): Promise<ObservationQuery> {
  return (await resolveObservationRequest(ctx, filter)).query;
}

/** Ids of the units in every territory given (an intersection: all conditions must hold). */
function intersect(territories: readonly Territory[]): number[] {
  const [first, ...rest] = territories;
  if (!first) return [];
  return [...first.byAreaId.keys()].filter((id) => rest.every((t) => t.byAreaId.has(id)));
}

/** `resolveObservationFilter`, also returning the HISTORICAL territory. */
export async function resolveObservationRequest(
  ctx: Context,
  filter: FilterArg | null | undefined,
): Promise<ResolvedObservationFilter> {
  const f = filter ?? {};
  const codes = [...(f.indicator ? [f.indicator] : []), ...(f.indicators ?? [])];
  const areaRefs = [...(f.area ? [f.area] : []), ...(f.areas ?? [])];
  if (codes.length > MAX_LIST || areaRefs.length > MAX_LIST) {
    throw badInput(`at most ${MAX_LIST} indicators and ${MAX_LIST} areas per filter`);
  }
  const unknown = codes.filter((c) => !findIndicator(c));
  if (unknown.length > 0) {
    throw notFound(`Unknown indicator code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`, {
      argument: 'indicator',
      value: unknown,
    });
  }
  checkYear('period', f.period);
  checkYear('periodFrom', f.periodFrom);
  checkYear('periodTo', f.periodTo);
  const periodFrom = f.period ?? f.periodFrom ?? undefined;
  const periodTo = f.period ?? f.periodTo ?? undefined;
  if (periodFrom != null && periodTo != null && periodFrom > periodTo) {
    throw badInput(`period range is inverted: periodFrom ${periodFrom} > periodTo ${periodTo}`, { argument: 'periodFrom' });
  }
  if (f.undated && (periodFrom != null || periodTo != null)) {
    throw badInput('undated: true cannot be combined with a period');
  }
  const historical = f.geographyMode === 'HISTORICAL';
  const refOptions = { asOf: f.asOf, rule: historical ? ('CURRENT' as const) : ('REPORTED' as const) };
  const areas = areaRefs.length > 0 ? await requireAreas(ctx.db, areaRefs, 'area', refOptions) : undefined;
  const within = f.within ? await requireAreas(ctx.db, [f.within], 'within', refOptions) : undefined;
  let territory: Territory | null = null;
  let areaIds = areas?.map((a) => a.id);
  let withinPaths = within?.map((a) => ({ geography: a.geography, path: a.path }));
  if (historical && (areas || within)) {
    const territories = [
      ...(areas ? [await territoryOf(ctx.db, areas)] : []),
      ...(within ? [await territoryOf(ctx.db, within)] : []),
    ];
    territory = territories[0]!;
    const ids = intersect(territories);
    // No area id is 0 (identity columns start at 1): an empty territory matches nothing.
    areaIds = ids.length > 0 ? ids : [0];
    withinPaths = undefined;
  }
  let sourceIds: number[] | undefined;
  if (f.source != null) {
    const hash = sourceHashOf(String(f.source));
    const [source] = await findSourcesByHashes(ctx.db, [hash]);
    if (!source) throw notFound(`Unknown source "${f.source}"`, { argument: 'source' });
    sourceIds = [source.id];
  }
  // Downloads pass their query string here without the GraphQL scalars: the same validators check it.
  if (f.asOf != null && !isIsoDate(f.asOf)) {
    throw badInput(`asOf must be a date "YYYY-MM-DD" between 1900 and 2100; got "${f.asOf}"`, { argument: 'asOf' });
  }
  if (f.updatedSince != null && !isIsoDateTime(f.updatedSince)) {
    throw badInput(`updatedSince must be a moment like "2026-03-01T08:00:00Z" (with a time zone); got "${f.updatedSince}"`, { argument: 'updatedSince' });
  }
  let publishedAt: Date | undefined;
  if (f.release != null) {
    if (f.reviewStatus && f.reviewStatus.some((s) => s !== 'APPROVED')) {
      throw badInput('a release holds approved figures only: pass release or reviewStatus, not both', { argument: 'release' });
    }
    publishedAt = (await requireRelease(ctx, f.release, 'release')).moment;
  }
  const query: ObservationQuery = {
    indicatorCodes: codes.length > 0 ? codes : undefined,
    areaIds,
    within: withinPaths,
    areaLevel: f.areaLevel ?? undefined,
    geography: f.geography ?? undefined,
    periodFrom,
    periodTo,
    undatedOnly: f.undated ?? undefined,
    status: f.status ?? undefined,
    qualifiers: f.qualifiers ?? undefined,
    dimensions: partialDimensions(f.dimensions),
    reviewStatuses: f.reviewStatus && f.reviewStatus.length > 0 ? f.reviewStatus : ['APPROVED'],
    sourceIds,
    ...(publishedAt ? { publishedAt } : {}),
    ...(f.updatedSince != null ? { updatedSince: f.updatedSince } : {}),
  };
  return { query, territory };
}


/** Accepts a Source global id or a bare content hash (prefix). */
export function sourceHashOf(id: string): string {
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === 'Source') return decoded.id;
  } catch {
    // not a global id: treat as a hash
  }
  return id.toLowerCase();
}
