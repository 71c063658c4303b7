import { loadLineage2025, REORGANISATION_2025 } from '@egov-vn/schema';
import { findAreaIdsByRef } from '../repositories/area-load.repository.js';
import type { Db } from '../repositories/db.types.js';
import { replaceLineageLinks } from '../repositories/lineage-load.repository.js';

/**
 * Replaces the links of the 1 July 2025 reorganisation in `area_lineage`
 * (`packages/schema/data/geography/lineage-2025.json`, with the decisions of
 * `lineage-2025.decisions.md`): `fromCode` is a pre-2025 unit, `toCode` a
 * post-2025 one. Throws on a code either geography lacks.
 */
export async function loadLineage(trx: Db): Promise<number> {
  const records = loadLineage2025();
  const ids = await findAreaIdsByRef(trx);
  const rows = records.map((r) => {
    const from = ids.get(`pre2025:${r.fromCode}`);
    const to = ids.get(`post2025:${r.toCode}`);
    if (from === undefined || to === undefined) {
      throw new Error(`lineage ${r.fromCode} → ${r.toCode}: unknown ${from === undefined ? `pre2025:${r.fromCode}` : `post2025:${r.toCode}`}`);
    }
    return { from_area_id: from, to_area_id: to, kind: r.kind, effective_on: REORGANISATION_2025 };
  });
  await replaceLineageLinks(trx, REORGANISATION_2025, rows);
  return rows.length;
}
