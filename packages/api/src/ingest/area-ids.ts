import type { Geography } from '@egov-vn/schema';
import { findAreaIdsByRef } from '../repositories/area-load.repository.js';
import type { Db } from '../repositories/db.types.js';

/** Maps `geography:code` to area ids for the given units; throws on a code the geography lacks. */
export async function resolveAreaIds(
  trx: Db,
  units: readonly { geography: Geography; areaCode: string }[],
): Promise<Map<string, number>> {
  const keys = [...new Set(units.map((u) => `${u.geography}:${u.areaCode}`))];
  if (keys.length === 0) return new Map();
  const ids = await findAreaIdsByRef(trx, [...new Set(units.map((u) => u.areaCode))]);
  const missing = keys.filter((k) => !ids.has(k));
  if (missing.length > 0) throw new Error(`unknown area(s): ${missing.join(', ')}`);
  return ids;
}
