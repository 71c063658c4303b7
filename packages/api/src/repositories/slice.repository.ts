import type { ObservationRow, SourceRole } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { publishedAsOf } from './published-as-of.js';

/** A current published figure of a slice, with what the figure-choice rule needs of its source. */
export interface SliceFigure {
  observation: ObservationRow;
  role: SourceRole;
  publishedAt: string | null;
}

/**
 * The one definition of a slice: figure `f` belongs to the slice of `o` when
 * they share indicator, dimensions, area, period and status.
 */
const SAME_SLICE = sql<boolean>`f.indicator_code = o.indicator_code and f.area_id = o.area_id and f.status = o.status and f.period is not distinct from o.period and f.dimensions = o.dimensions`;

/**
 * For each observation id: every current published figure of its slice (same
 * indicator, dimensions, area, period and status), itself included when it is
 * one. One statement for a whole list.
 */
export async function findSliceFigures(db: Db, ids: readonly number[]): Promise<SliceFigure[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('observation as f', (join) => join.on(SAME_SLICE))
    .innerJoin('source_document as s', 's.id', 'f.source_id')
    .selectAll('f')
    .select(['o.id as for_id', 's.role as source_role', 's.published_at as source_published_at'])
    .where('o.id', 'in', [...ids])
    .where(publishedAsOf('f'))
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

/** What the figure-choice rule needs of one figure of a slice, and its value (to tell whether sources disagree). */
export interface SliceCandidate {
  id: number;
  value: string;
  role: SourceRole;
  publishedAt: string | null;
}

/**
 * For each observation id: the figures of its slice published at `asOf` (now
 * when undefined), itself included when it is one; what exports need to flag
 * a slice with several figures. One statement for a whole batch.
 */
export async function findSliceCandidates(db: Db, ids: readonly number[], asOf?: Date): Promise<SliceCandidate[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('observation as f', (join) => join.on(SAME_SLICE))
    .innerJoin('source_document as s', 's.id', 'f.source_id')
    .select(['o.id as for_id', 'f.id', 'f.value', 's.role', 's.published_at as publishedAt'])
    .where('o.id', 'in', [...ids])
    .where(publishedAsOf('f', asOf))
    .orderBy('f.id')
    .execute();
  const byId = new Map<number, SliceCandidate[]>();
  for (const { for_id, ...candidate } of rows) byId.set(for_id, [...(byId.get(for_id) ?? []), candidate]);
  return ids.map((id) => byId.get(id) ?? []);
}
