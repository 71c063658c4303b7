import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { LineageKind } from '../geography/geography.data.js';

/**
 * One link of a reorganisation: the old unit `from_area_id` (or part of it,
 * `kind: 'partial'`) became part of the new unit `to_area_id` on `effective_on`.
 * Read forwards it lists an old unit's successors, backwards a new unit's
 * predecessors.
 */
export interface AreaLineageTable {
  from_area_id: number;
  to_area_id: number;
  kind: LineageKind;
  /** ISO date the link took effect, e.g. "2025-07-01". */
  effective_on: ColumnType<string, string, string>;
}

export type AreaLineageRow = Selectable<AreaLineageTable>;
export type NewAreaLineageRow = Insertable<AreaLineageTable>;
