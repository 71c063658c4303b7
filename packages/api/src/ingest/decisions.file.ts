import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../repositories/db.types.js';
import { decideCandidates, findCurrentFigures } from '../repositories/figure-version.repository.js';

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
  /** Offsets of the quote in the source text, and who decided. */
  start?: number;
  end?: number;
  by?: string | null;
}

/** The decisions on one source, with what identifies it: `data/decisions/<hash16>.json`. */
export interface SourceDecisions {
  source: { contentHash: string; url: string | null; title: string; publisher: string | null; publishedAt: string | null };
  decisions: Decision[];
}

export function readDecisions(path: string): Decision[] {
  if (!existsSync(path)) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  // A list of decisions, or one source's file ({ source, decisions }).
  const parsed = raw && typeof raw === 'object' && 'decisions' in raw ? (raw as SourceDecisions).decisions : raw;
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of decisions or { source, decisions }`);
  for (const d of parsed as Decision[]) {
    if (typeof d.figureKey !== 'string' || (d.decision !== 'APPROVED' && d.decision !== 'REJECTED')) {
      throw new Error(`${path}: malformed decision ${JSON.stringify(d)}`);
    }
  }
  return parsed as Decision[];
}

/** Every decision file of a folder (`data/decisions/`), none when it does not exist. */
export function readDecisionFolder(dir: string): { file: string; decisions: Decision[] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: join(dir, f), decisions: readDecisions(join(dir, f)) }));
}

/** Writes one file per source (decisions sorted, for clean diffs); returns the files written. */
export function writeSourceDecisions(dir: string, sources: readonly SourceDecisions[]): string[] {
  mkdirSync(dir, { recursive: true });
  // A source without decisions needs no file.
  return sources.filter((s) => s.decisions.length > 0).map((s) => {
    const file = join(dir, `${s.source.contentHash.slice(0, 16)}.json`);
    const decisions = [...s.decisions].sort((a, b) => a.figureKey.localeCompare(b.figureKey));
    writeFileSync(file, `${JSON.stringify({ source: s.source, decisions }, null, 2)}\n`);
    return file;
  });
}

/** Merges new decisions into the file (a later decision on a figure replaces the earlier one), sorted for clean diffs. */
export function recordDecisions(path: string, decisions: readonly Decision[]): void {
  const merged = new Map(readDecisions(path).map((d) => [d.figureKey, d]));
  for (const d of decisions) merged.set(d.figureKey, d);
  const sorted = [...merged.values()].sort((a, b) => a.source.localeCompare(b.source) || a.figureKey.localeCompare(b.figureKey));
  writeFileSync(path, `[\n${sorted.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n`);
}

/**
 * Applies decisions to the current candidates. A figure decided already keeps
 * its state (history is append-only: changing a published decision is a
 * curator's correction or withdrawal); a decision whose figure no longer
 * exists is stale: returned, never fatal.
 */
export async function applyDecisions(trx: Db, decisions: readonly Decision[], by: string | null = null): Promise<{ applied: number; decided: number; missing: string[] }> {
  const current = new Set((await findCurrentFigures(trx, decisions.map((d) => d.figureKey))).map((r) => r.natural_key));
  let decided = 0;
  for (const status of ['APPROVED', 'REJECTED'] as const) {
    const keys = decisions.filter((d) => d.decision === status && current.has(d.figureKey)).map((d) => d.figureKey);
    decided += (await decideCandidates(trx, keys, status, by)).length;
  }
  const missing = decisions.map((d) => d.figureKey).filter((k) => !current.has(k));
  // `applied`: decisions naming a current figure (in effect); `decided`: candidates decided now.
  return { applied: decisions.length - missing.length, decided, missing };
}
