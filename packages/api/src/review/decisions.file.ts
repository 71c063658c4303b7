import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Db } from '../repositories/db.types.js';
import { setReviewStatus } from '../repositories/review.repository.js';

/**
 * A curator's decision on one figure. The descriptive fields are there for
 * people reading the committed file; only `figureKey` and `decision` are used.
 */
export interface Decision {
  figureKey: string;
  decision: 'APPROVED' | 'REJECTED';
  source: string;
  indicator: string;
  areaCode: string;
  period: number | null;
  value: string;
  quote: string;
}

export function readDecisions(path: string): Decision[] {
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of decisions`);
  for (const d of parsed as Decision[]) {
    if (typeof d.figureKey !== 'string' || (d.decision !== 'APPROVED' && d.decision !== 'REJECTED')) {
      throw new Error(`${path}: malformed decision ${JSON.stringify(d)}`);
    }
  }
  return parsed as Decision[];
}

/** Merges new decisions into the file (a later decision on a figure replaces the earlier one), sorted for clean diffs. */
export function recordDecisions(path: string, decisions: readonly Decision[]): void {
  const merged = new Map(readDecisions(path).map((d) => [d.figureKey, d]));
  for (const d of decisions) merged.set(d.figureKey, d);
  const sorted = [...merged.values()].sort((a, b) => a.source.localeCompare(b.source) || a.figureKey.localeCompare(b.figureKey));
  writeFileSync(path, `[\n${sorted.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n`);
}

/** Applies decisions to current figures; returns the keys no current figure has (stale decisions). */
export async function applyDecisions(trx: Db, decisions: readonly Decision[]): Promise<{ applied: number; missing: string[] }> {
  let applied = 0;
  const missing: string[] = [];
  for (const status of ['APPROVED', 'REJECTED'] as const) {
    const keys = decisions.filter((d) => d.decision === status).map((d) => d.figureKey);
    const matched = new Set(await setReviewStatus(trx, keys, status));
    applied += matched.size;
    missing.push(...keys.filter((k) => !matched.has(k)));
  }
  return { applied, missing };
}
