import type { AreaRow } from '@egov-vn/schema';
import { findAreasByIds, findAreasByRefs } from '../../repositories/area.repository.js';
import type { Db } from '../../repositories/db.types.js';
import { type AreaLink, findPredecessorLinks, findSuccessorLinks } from '../../repositories/lineage.repository.js';
import { type FigureList, loadFigureList } from '../figure-list.data.js';
import { PageError } from '../page-error.js';

export interface AreaPageData {
  area: AreaRow;
  parent: AreaRow | undefined;
  predecessors: AreaLink[];
  successors: AreaLink[];
  figures: FigureList;
  /** Figures of the units it was formed from and went into (first page). */
  related: FigureList;
}

/**
 * A unit across the 2025 reorganisation: its own figures, and its
 * predecessors' and successors' (figures describe the units as they were).
 */
export async function loadAreaPage(db: Db, ref: string, after: string | undefined): Promise<AreaPageData> {
  const [area] = await findAreasByRefs(db, [ref]);
  if (!area) throw new PageError(404, 'NOT_FOUND', `area ${ref}`);
  const [[parent], [predecessors], [successors], figures] = await Promise.all([
    area.parent_id === null ? Promise.resolve([undefined]) : findAreasByIds(db, [area.parent_id]),
    findPredecessorLinks(db, [area.id]),
    findSuccessorLinks(db, [area.id]),
    loadFigureList(db, `area:${area.id}`, { areaIds: [area.id], reviewStatuses: ['APPROVED'] }, { field: 'INDICATOR', direction: 'ASC' }, after),
  ]);
  const relatedIds = [...(predecessors ?? []), ...(successors ?? [])].map((l) => l.area.id);
  const related =
    relatedIds.length > 0
      ? { ...(await loadFigureList(db, `area-related:${area.id}`, { areaIds: relatedIds, reviewStatuses: ['APPROVED'] }, { field: 'INDICATOR', direction: 'ASC' }, undefined)), next: undefined }
      : { rows: [], next: undefined };
  return { area, parent, predecessors: predecessors ?? [], successors: successors ?? [], figures, related };
}
