import type { SourceRole } from '@egov-vn/schema';

/**
 * The one rule that picks among several current figures of one slice
 * (indicator, dimensions, area, period, status), in this order:
 * 1. PRIMARY_PUBLISHER: a figure from the body that publishes it (e.g. dti.gov.vn)
 *    wins over a secondary report of it (news, a portal relaying it);
 * 2. LATEST_PUBLICATION: then the source published last (an undated source counts as oldest);
 * 3. FIRST_STORED: then the figure stored first (a stable, stated tie-break).
 * ONLY_FIGURE: nothing to choose. `ranking.repository` orders candidates the same way in SQL.
 */
export const CHOICE_RULES = ['ONLY_FIGURE', 'PRIMARY_PUBLISHER', 'LATEST_PUBLICATION', 'FIRST_STORED'] as const;
export type ChoiceRule = (typeof CHOICE_RULES)[number];

export interface FigureCandidate {
  id: number;
  role: SourceRole;
  /** YYYY-MM-DD; null when the source does not state it. */
  publishedAt: string | null;
}

export interface FigureChoice<T> {
  chosen: T;
  alternatives: T[];
  rule: ChoiceRule;
}

function compareCandidates(a: FigureCandidate, b: FigureCandidate): number {
  if (a.role !== b.role) return a.role === 'PRIMARY' ? -1 : 1;
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt > b.publishedAt ? -1 : 1;
  }
  return a.id - b.id;
}

export function chooseFigure<T extends FigureCandidate>(candidates: readonly T[]): FigureChoice<T> {
  if (candidates.length === 0) throw new Error('chooseFigure: no candidates');
  const [chosen, ...alternatives] = [...candidates].sort(compareCandidates) as [T, ...T[]];
  const runnerUp = alternatives[0];
  const rule: ChoiceRule = !runnerUp
    ? 'ONLY_FIGURE'
    : runnerUp.role !== chosen.role
      ? 'PRIMARY_PUBLISHER'
      : runnerUp.publishedAt !== chosen.publishedAt
        ? 'LATEST_PUBLICATION'
        : 'FIRST_STORED';
  return { chosen, alternatives, rule };
}
