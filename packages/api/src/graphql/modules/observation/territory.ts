import type { AreaRow } from '@egov-vn/schema';
import { findSubtrees } from '../../../repositories/area.repository.js';
import type { Db } from '../../../repositories/db.types.js';
import { type AreaLink, findPredecessorLinks } from '../../../repositories/lineage.repository.js';

/** One piece of a unit's territory across time: the unit itself or one of its predecessors. */
export interface TerritoryPart {
  /** The unit asked for. */
  requested: AreaRow;
  /** The unit whose figures count: `requested` itself or one of its predecessors. */
  root: AreaRow;
  /** The lineage link from `root` to `requested`; null when `root` is `requested`. */
  link: AreaLink | null;
  /** Whether the descendants of `root` count too: for the unit itself and for predecessors that went into it in full. */
  subtree: boolean;
}

/** The territory of some units across time, and which part each unit of it belongs to. */
export interface Territory {
  parts: TerritoryPart[];
  /** Every unit of the territory, each with the first part it belongs to (the requested unit's own before its predecessors'). */
  byAreaId: Map<number, TerritoryPart>;
}

/**
 * The territory of `requested` across the 2025 reorganisation: each unit and
 * its descendants; each of its predecessors; and, for a predecessor that went
 * into it in full, that predecessor's descendants, which lay entirely inside
 * it. A partial predecessor (a split commune) counts for itself only. Two
 * statements whatever the number of units.
 */
export async function territoryOf(db: Db, requested: readonly AreaRow[]): Promise<Territory> {
  const links = await findPredecessorLinks(
    db,
    requested.map((r) => r.id),
  );
  const parts: TerritoryPart[] = requested.flatMap((r, i) => [
    { requested: r, root: r, link: null, subtree: true },
    ...links[i]!.map((link) => ({ requested: r, root: link.area, link, subtree: link.kind === 'full' })),
  ]);
  const units = await findSubtrees(
    db,
    parts.filter((p) => p.subtree).map((p) => p.root),
  );
  const byAreaId = new Map<number, TerritoryPart>();
  for (const part of parts) {
    if (!part.subtree) {
      if (!byAreaId.has(part.root.id)) byAreaId.set(part.root.id, part);
      continue;
    }
    for (const unit of units) {
      const inside =
        unit.geography === part.root.geography && (unit.path === part.root.path || unit.path.startsWith(`${part.root.path}.`));
      if (inside && !byAreaId.has(unit.id)) byAreaId.set(unit.id, part);
    }
  }
  return { parts, byAreaId };
}
