import type { Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Actor } from '../../curation/actor.js';
import { type Decision, reviewFigures } from '../../curation/review-figures.js';
import { runCuration } from '../../curation/run-curation.js';
import {
  type CandidateRow,
  type DecidedFigureRow,
  findCurrentKeys,
  listDecidedFigures,
  listForReview,
  listWithdrawalCandidates,
} from '../../repositories/review.repository.js';
import { FIGURE, type FigureSummary, figureSummary } from './figure.curator.js';
import { CANDIDATE, DECIDED, type RemoteCandidate, type RemoteDecided, toCandidateRow, toDecidedRow } from './review-rows.remote.js';
import type { ServerCall } from './server-call.js';
import { allPages, PAGE_INFO, type Page } from './server-pages.js';

/** `egov review` (list, approve, reject, export, check). */
export interface ReviewCurator {
  candidatesOf(sourcePrefix: string): Promise<{ keys: string[]; sources: number }>;
  /** Candidates to review (through the server: the quote without its surrounding text). */
  listCandidates(sourcePrefix: string | undefined): Promise<CandidateRow[]>;
  /** Published figures of sources replaced by a newer version (through the server: the quote without its surrounding text). */
  listWithdrawalCandidates(): Promise<CandidateRow[]>;
  /** Which of `keys` name a current figure. */
  currentKeys(keys: readonly string[]): Promise<Set<string>>;
  /** The figures a person decided, as `egov review export` writes them. */
  listDecidedFigures(): Promise<DecidedFigureRow[]>;
  review(keys: readonly string[], decision: Decision): Promise<{ figures: FigureSummary[]; unchanged: number }>;
}

export function directReviewCurator(db: Kysely<Database>, actor: Actor): ReviewCurator {
  return {
    async candidatesOf(prefix) {
      const rows = await listForReview(db, { sourceHash: prefix });
      return { keys: rows.map((r) => r.natural_key), sources: new Set(rows.map((r) => r.source_hash)).size };
    },
    listCandidates: (prefix) => listForReview(db, { sourceHash: prefix }),
    listWithdrawalCandidates: () => listWithdrawalCandidates(db),
    currentKeys: (keys) => findCurrentKeys(db, keys),
    listDecidedFigures: () => listDecidedFigures(db),
    async review(keys, decision) {
      const r = await runCuration(db, actor, (trx) => reviewFigures(trx, actor, keys, decision));
      return { figures: r.figures.map(figureSummary), unchanged: r.unchanged };
    },
  };
}

export function serverReviewCurator(call: ServerCall): ReviewCurator {
  return {
    async candidatesOf(prefix) {
      if (prefix.length < 12) throw new Error('--source: give at least 12 hex digits while the server holds the database');
      const data = await call<{ observations: { nodes: { figureKey: string; source: { contentHash: string } }[] } }>(
        `query($s: ID!) { observations(filter: { source: $s, reviewStatus: [CANDIDATE] }, first: 500) { nodes { figureKey source { contentHash } } } }`,
        { s: prefix },
      );
      const nodes = data.observations.nodes;
      return { keys: nodes.map((n) => n.figureKey), sources: new Set(nodes.map((n) => n.source.contentHash)).size };
    },
    async listCandidates(prefix) {
      const data = await call<{ observations: { nodes: RemoteCandidate[] } }>(`query($f: ObservationFilter) { observations(filter: $f, first: 500) { nodes { ${CANDIDATE} } } }`, {
        f: { reviewStatus: ['CANDIDATE'], ...(prefix ? { source: prefix } : {}) },
      });
      return data.observations.nodes.map(toCandidateRow);
    },
    async listWithdrawalCandidates() {
      const sources = await allPages(
        async (after) =>
          (await call<{ sources: Page<{ contentHash: string; previousVersion: { contentHash: string } | null }> }>(`query($a: String) { sources(first: 500, after: $a) { nodes { contentHash previousVersion { contentHash } } ${PAGE_INFO} } }`, { a: after }))
            .sources,
      );
      const replaced = new Set(sources.flatMap((s) => (s.previousVersion ? [s.previousVersion.contentHash] : [])));
      const rows: CandidateRow[] = [];
      // Replaced versions in the order they were stored, each one's figures in text order (as the repository lists them).
      for (const hash of sources.map((s) => s.contentHash).filter((h) => replaced.has(h))) {
        const figures = await allPages(
          async (after) =>
            (await call<{ observations: Page<RemoteCandidate> }>(`query($s: ID!, $a: String) { observations(filter: { source: $s }, first: 500, after: $a) { nodes { ${CANDIDATE} } ${PAGE_INFO} } }`, { s: hash, a: after }))
              .observations,
        );
        rows.push(...figures.sort((a, b) => a.quoteStart - b.quoteStart).map(toCandidateRow));
      }
      return rows;
    },
    async currentKeys(keys) {
      const current = await allPages(
        async (after) =>
          (await call<{ observations: Page<{ figureKey: string }> }>(`query($a: String) { observations(filter: { reviewStatus: [CANDIDATE, APPROVED, REJECTED, WITHDRAWN] }, first: 500, after: $a) { nodes { figureKey } ${PAGE_INFO} } }`, { a: after }))
            .observations,
      );
      const asked = new Set(keys);
      return new Set(current.map((f) => f.figureKey).filter((k) => asked.has(k)));
    },
    async listDecidedFigures() {
      const figures = await allPages(
        async (after) =>
          (await call<{ observations: Page<RemoteDecided> }>(`query($a: String) { observations(filter: { reviewStatus: [APPROVED, REJECTED, WITHDRAWN] }, first: 500, after: $a) { nodes { ${DECIDED} } ${PAGE_INFO} } }`, { a: after }))
            .observations,
      );
      // As the repository lists them: decided by a person, by source then figure key.
      const byKey = (a: DecidedFigureRow, b: DecidedFigureRow) => (a.source_hash === b.source_hash ? (a.natural_key < b.natural_key ? -1 : 1) : a.source_hash < b.source_hash ? -1 : 1);
      return figures.map(toDecidedRow).filter((f) => f.reviewed_by !== null).sort(byKey);
    },
    async review(keys, decision) {
      const field = decision === 'APPROVED' ? 'approveFigures' : 'rejectFigures';
      const data = await call<Record<string, FigureSummary[]>>(`mutation($k: [String!]!) { ${field}(figureKeys: $k) { ${FIGURE} } }`, { k: keys });
      return { figures: data[field]!, unchanged: 0 };
    },
  };
}
