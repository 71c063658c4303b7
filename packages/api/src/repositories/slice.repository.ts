import type { ObservationRow, SourceRole } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';

/** A current published figure of a slice, with what the figure-choice rule needs of its source. */
export interface SliceFigure {
  observation: ObservationRow;
  role: SourceRole;
  publishedAt: string | null;
}

/**
 * For each observation id: every current published figure of its slice (same
 * indicator, dimensions, area, period and status), itself included when it is
 * one. One statement for a whole list.
 */
export async function findSliceFigures(db: Db, ids: readonly number[]): Promise<SliceFigure[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('observation as f', (join) =>
      join
        .onRef('f.indicator_code', '=', 'o.indicator_code')
        .onRef('f.area_id', '=', 'o.area_id')
        .onRef('f.status', '=', 'o.status')
        .on(sql<boolean>`f.period is not distinct from o.period`)
        .on(sql<boolean>`f.dimensions = o.dimensions`),
    )
    .innerJoin('source_document as s', 's.id', 'f.source_id')
    .selectAll('f')
    .select(['o.id as for_id', 's.role as source_role', 's.published_at as source_published_at'])
    .where('o.id', 'in', [...ids])
    .where('f.superseded_at', 'is', null)
    .where('f.review_status', '=', 'APPROVED')
    .orderBy('f.id')
    .execute();
  const byId = new Map<number, SliceFigure[]>();
  for (const { for_id, source_role, source_published_at, ...observation } of rows) {
    const list = byId.get(for_id) ?? [];
    list.push({ observation: observation as ObservationRow, role: source_role, publishedAt: source_published_at });
    byId.set(for_id, list);
  }
  return ids.map((id) => byId.get(id) ?? []);
}
