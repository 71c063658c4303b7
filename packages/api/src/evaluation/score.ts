import type { GoldObservation, GoldTrap } from './gold-corpus.js';

/** What the scorer needs of an extracted figure. */
export interface ScoredCandidate {
  indicator: string;
  dimensions: Record<string, string | undefined>;
  areaCode: string;
  period: number | null;
  value: number;
  qualifier: string;
  status: string;
  quote: string;
  rule?: string;
  confidence?: number;
}

export const ATTRIBUTES = ['dimensions', 'area', 'period', 'qualifier', 'status'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Match {
  candidate: ScoredCandidate;
  gold: GoldObservation;
  /** Attributes that disagree with the gold reading. */
  wrong: Attribute[];
}

export interface DocumentScore {
  matches: Match[];
  /** Candidates that are no gold reading (trap hits included). */
  falsePositives: ScoredCandidate[];
  trapHits: { candidate: ScoredCandidate; trap: GoldTrap }[];
  /** Required gold readings nobody found. */
  missed: GoldObservation[];
  candidates: number;
  required: number;
  requiredTable: number;
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Same number as the annotator's: equal, or equal when rounded to the digits the
 * gold value is written with ("6/13" read as 46.1538… is the gold 46.15).
 */
export function sameValue(extracted: number, gold: number): boolean {
  if (extracted === gold) return true;
  return Math.abs(extracted - gold) < 0.01 && Number(extracted.toFixed(decimals(gold))) === gold;
}

function sameDimensions(a: ScoredCandidate['dimensions'], b: Record<string, string>): boolean {
  const clean = (d: Record<string, string | undefined>) =>
    JSON.stringify(
      Object.entries(d)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)])
        .sort(),
    );
  return clean(a) === clean(b);
}

function wrongAttributes(c: ScoredCandidate, g: GoldObservation): Attribute[] {
  const wrong: Attribute[] = [];
  if (!sameDimensions(c.dimensions, g.dimensions)) wrong.push('dimensions');
  if (c.areaCode !== g.area) wrong.push('area');
  if (c.period !== g.period) wrong.push('period');
  if (c.qualifier !== g.qualifier) wrong.push('qualifier');
  if (c.status !== g.status) wrong.push('status');
  return wrong;
}

/**
 * Scores one document, following the corpus README: a candidate is a gold reading
 * when it has the same indicator and value (one candidate per reading; among several
 * possible pairs the one with most attributes right wins). Recall counts required
 * readings; precision counts candidates that are any gold reading, optional ones
 * included; a candidate that is no reading and has a trap's value is a trap hit.
 */
export function scoreDocument(candidates: ScoredCandidate[], gold: GoldObservation[], traps: GoldTrap[]): DocumentScore {
  const pairs: Match[] = [];
  for (const candidate of candidates) {
    for (const g of gold) {
      if (g.indicator === candidate.indicator && sameValue(candidate.value, g.value)) {
        pairs.push({ candidate, gold: g, wrong: wrongAttributes(candidate, g) });
      }
    }
  }
  // Fewest wrong attributes first; then required readings before optional ones.
  pairs.sort((a, b) => a.wrong.length - b.wrong.length || Number(b.gold.required) - Number(a.gold.required));
  const usedCandidates = new Set<ScoredCandidate>();
  const usedGold = new Set<GoldObservation>();
  const matches: Match[] = [];
  for (const p of pairs) {
    if (usedCandidates.has(p.candidate) || usedGold.has(p.gold)) continue;
    usedCandidates.add(p.candidate);
    usedGold.add(p.gold);
    matches.push(p);
  }
  const falsePositives = candidates.filter((c) => !usedCandidates.has(c));
  const trapHits = falsePositives.flatMap((candidate) => {
    const trap = traps.find((t) => sameValue(candidate.value, t.value));
    return trap ? [{ candidate, trap }] : [];
  });
  return {
    matches,
    falsePositives,
    trapHits,
    missed: gold.filter((g) => g.required && !usedGold.has(g)),
    candidates: candidates.length,
    required: gold.filter((g) => g.required).length,
    requiredTable: gold.filter((g) => g.required && g.table).length,
  };
}

/** Totals over several documents. */
export interface Totals {
  documents: number;
  required: number;
  found: number;
  recall: number;
  candidates: number;
  correct: number;
  precision: number;
  traps: number;
  /** Matched readings with every attribute right / matched readings. */
  attributeAccuracy: number;
  /** Required readings found with every attribute right / required readings. */
  strictRecall: number;
  perAttribute: Record<Attribute, number>;
  table: { required: number; found: number; recall: number; correct: number };
  /** Recall on the readings that are not from tables (the README scores tables apart). */
  prose: { required: number; found: number; recall: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function totals(scores: DocumentScore[]): Totals {
  const matches = scores.flatMap((s) => s.matches);
  const required = scores.reduce((n, s) => n + s.required, 0);
  const found = matches.filter((m) => m.gold.required).length;
  const candidates = scores.reduce((n, s) => n + s.candidates, 0);
  const tableRequired = scores.reduce((n, s) => n + s.requiredTable, 0);
  const tableFound = matches.filter((m) => m.gold.required && m.gold.table).length;
  const perAttribute = Object.fromEntries(
    ATTRIBUTES.map((a) => [a, ratio(matches.filter((m) => !m.wrong.includes(a)).length, matches.length)]),
  ) as Record<Attribute, number>;
  return {
    documents: scores.length,
    required,
    found,
    recall: ratio(found, required),
    candidates,
    correct: matches.length,
    precision: ratio(matches.length, candidates),
    traps: scores.reduce((n, s) => n + s.trapHits.length, 0),
    attributeAccuracy: ratio(matches.filter((m) => m.wrong.length === 0).length, matches.length),
    strictRecall: ratio(matches.filter((m) => m.gold.required && m.wrong.length === 0).length, required),
    perAttribute,
    table: {
      required: tableRequired,
      found: tableFound,
      recall: ratio(tableFound, tableRequired),
      correct: matches.filter((m) => m.gold.table).length,
    },
    prose: { required: required - tableRequired, found: found - tableFound, recall: ratio(found - tableFound, required - tableRequired) },
  };
}
