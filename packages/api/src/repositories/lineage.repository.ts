import type { AreaRow, LineageKind } from '@egov-vn/schema';
import type { Db } from './db.types.js';

/** One end of a lineage link, seen from the other end. */
export interface AreaLink {
  /** The unit at the other end: a predecessor or a successor. */
  area: AreaRow;
  /** `full`: the whole old unit went into the new one; `partial`: only part of it. */
  kind: LineageKind;
  /** ISO date the link took effect. */
  effectiveOn: string;
}

async function findLinks(db: Db, areaIds: readonly number[], direction: 'predecessors' | 'successors'): Promise<AreaLink[][]> {
  if (areaIds.length === 0) return [];
  const [self, other] = direction === 'predecessors' ? (['to_area_id', 'from_area_id'] as const) : (['from_area_id', 'to_area_id'] as const);
  const rows = await db
    .selectFrom('area_lineage as l')
    .innerJoin('area as a', 'a.id', `l.${other}`)
    .selectAll('a')
    .select([`l.${self} as link_owner`, 'l.kind as link_kind', 'l.effective_on as link_effective_on'])
    .where(`l.${self}`, 'in', [...areaIds])
    .orderBy('a.code')
    .execute();
  const byOwner = new Map<number, AreaLink[]>();
  for (const { link_owner, link_kind, link_effective_on, ...area } of rows) {
    const links = byOwner.get(link_owner) ?? [];
    links.push({ area: area as AreaRow, kind: link_kind, effectiveOn: link_effective_on });
    byOwner.set(link_owner, links);
  }
  return areaIds.map((id) => byOwner.get(id) ?? []);
}

/** The units each area was formed from, by code, in the order of `areaIds` (empty for units no reorganisation formed). */
export function findPredecessorLinks(db: Db, areaIds: readonly number[]): Promise<AreaLink[][]> {
  return findLinks(db, areaIds, 'predecessors');
}

/** The units each area went into, by code, in the order of `areaIds` (empty for units still in force). */
export function findSuccessorLinks(db: Db, areaIds: readonly number[]): Promise<AreaLink[][]> {
  return findLinks(db, areaIds, 'successors');
}
