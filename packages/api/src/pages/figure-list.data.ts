import type { AreaRow, IndicatorRow, ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import { PAGE_SIZE } from '../config.js';
import { cursorScope, decodeCursor, encodeCursor } from '../graphql/paging/cursor.js';
import { findAreasByIds } from '../repositories/area.repository.js';
import type { Db } from '../repositories/db.types.js';
import { findIndicatorsByCodes } from '../repositories/indicator.repository.js';
import {
  type ObservationOrder,
  type ObservationQuery,
  observationSortKeys,
  pageObservations,
} from '../repositories/observation.repository.js';
import { findSourcesByIds } from '../repositories/source.repository.js';

export interface FigureListRow {
  observation: ObservationRow;
  area: AreaRow | undefined;
  indicator: IndicatorRow | undefined;
  source: SourceDocumentRow | undefined;
}

export interface FigureList {
  rows: FigureListRow[];
  /** Cursor of the next page, when there is one. */
  next: string | undefined;
}

/**
 * One page of published figures for a page's table: a keyset page
 * (PAGE_SIZE.default rows) and the cursor of the next one, with each row's
 * area, indicator and source read in one query each.
 */
export async function loadFigureList(
  db: Db,
  list: string,
  query: ObservationQuery,
  order: ObservationOrder,
  after: string | undefined,
): Promise<FigureList> {
  const scope = cursorScope(`page:${list}`, { query, order });
  const keys = observationSortKeys(order);
  const page = await pageObservations(db, query, order, {
    after: after ? decodeCursor(after, scope, keys, 'after') : undefined,
    backward: false,
    limit: PAGE_SIZE.default,
  });
  const rows = page.rows;
  const [areas, indicators, sources] = await Promise.all([
    findAreasByIds(db, [...new Set(rows.map((r) => r.area_id))]),
    findIndicatorsByCodes(db, [...new Set(rows.map((r) => r.indicator_code))]),
    findSourcesByIds(db, [...new Set(rows.map((r) => r.source_id))]),
  ]);
  const byId = <T extends { id: number }>(xs: (T | undefined)[]) => new Map(xs.filter((x): x is T => !!x).map((x) => [x.id, x]));
  const areaById = byId(areas);
  const sourceById = byId(sources);
  const indicatorByCode = new Map(indicators.filter((i): i is IndicatorRow => !!i).map((i) => [i.code, i]));
  const lastKey = page.keys[page.keys.length - 1];
  return {
    rows: rows.map((o) => ({ observation: o, area: areaById.get(o.area_id), indicator: indicatorByCode.get(o.indicator_code), source: sourceById.get(o.source_id) })),
    next: page.hasMore && lastKey ? encodeCursor(scope, lastKey) : undefined,
  };
}
