import type { ApiKeyRow, ApiKeyScope, Database, DatasetReleaseRow, ObservationRow } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import { PAGE_SIZE, readConfig } from '../config.js';
import { addFigure, type MissedFigure } from '../curation/add-figure.js';
import { addSource, type NewSource } from '../curation/add-source.js';
import { correctFigure, type Correction } from '../curation/correct-figure.js';
import { createKey } from '../curation/create-key.js';
import { revokeKey } from '../curation/revoke-key.js';
import { listApiKeys } from '../repositories/api-key.repository.js';
import { CURATION_ERROR_CODES, CurationError, type CurationErrorCode } from '../curation/curation-error.js';
import { type Decision, reviewFigures } from '../curation/review-figures.js';
import { runCuration } from '../curation/run-curation.js';
import { createRelease, type NewRelease } from '../releases/create-release.js';
import { listReleases } from '../repositories/release.repository.js';
import { withdrawFigure } from '../curation/withdraw-figure.js';
import {
  type CandidateRow,
  type DecidedFigureRow,
  findCurrentKeys,
  listDecidedFigures,
  listForReview,
  listWithdrawalCandidates,
} from '../repositories/review.repository.js';
import type { IngestReport } from '../ingest/ingest-document.js';
import { findLocalServer, type LocalServer } from '../server/local-write-access.js';
import { ON_BEHALF_OF_HEADER } from '../auth/api-keys.js';
import { withDatabase } from './cli-database.js';
import { localActor } from './local-actor.js';

export interface FigureSummary {
  figureKey: string;
  revision: number;
  value: string;
  period: number | null;
  reviewStatus: string;
}

/**
 * A curator's writes, wherever the database is: opened by the CLI itself, or
 * held by a running server on the embedded database, whose write API the CLI
 * then uses with the server's local admin key. Both run the same curation code.
 */
export interface CuratorClient {
  /** "the database" or "the server at <url>". */
  via: string;
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
  correct(c: Correction): Promise<FigureSummary>;
  withdraw(w: { figureKey: string; expectedRevision: number; reason: string }): Promise<FigureSummary>;
  addFigure(f: MissedFigure): Promise<FigureSummary>;
  addSource(s: NewSource): Promise<IngestReport>;
  createRelease(r: NewRelease): Promise<ReleaseSummary>;
  listReleases(): Promise<ReleaseSummary[]>;
  createKey(name: string, scope: ApiKeyScope): Promise<{ key: string; apiKey: KeySummary }>;
  revokeKey(prefix: string): Promise<KeySummary>;
  listKeys(): Promise<KeySummary[]>;
}

/** What `egov keys` prints of a key (never its secret). */
export interface KeySummary {
  prefix: string;
  name: string;
  scope: ApiKeyScope;
  createdAt: string;
  revokedAt: string | null;
}

const keySummary = (k: ApiKeyRow): KeySummary => ({ prefix: k.prefix, name: k.name, scope: k.scope, createdAt: new Date(k.created_at).toISOString(), revokedAt: k.revoked_at ? new Date(k.revoked_at).toISOString() : null });

/** What `egov release` prints of a release. */
export interface ReleaseSummary {
  name: string;
  cutAt: string;
  observations: number;
  checksum: string;
  notes: string;
}

const releaseSummary = (r: DatasetReleaseRow): ReleaseSummary => ({ name: r.name, cutAt: r.moment.toISOString(), observations: r.observation_count, checksum: r.checksum, notes: r.notes });

const summary = (o: ObservationRow): FigureSummary => ({ figureKey: o.natural_key, revision: o.revision, value: o.value, period: o.period, reviewStatus: o.review_status });

function directCurator(db: Kysely<Database>): CuratorClient {
  const actor = localActor();
  return {
    via: 'the database',
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
      return { figures: r.figures.map(summary), unchanged: r.unchanged };
    },
    correct: async (c) => summary((await runCuration(db, actor, (trx) => correctFigure(trx, actor, c))).figure),
    withdraw: async (w) => summary((await runCuration(db, actor, (trx) => withdrawFigure(trx, actor, w))).figure),
    addFigure: async (f) => summary((await runCuration(db, actor, (trx) => addFigure(trx, actor, f))).figure),
    addSource: async (s) => (await runCuration(db, actor, (trx) => addSource(trx, actor, s))).report,
    createRelease: async (r) => releaseSummary((await runCuration(db, actor, (trx) => createRelease(trx, actor, r))).release),
    listReleases: async () => (await listReleases(db)).map(releaseSummary),
    async createKey(name, scope) {
      const { key, row } = await runCuration(db, actor, (trx) => createKey(trx, actor, name, scope));
      return { key, apiKey: keySummary(row) };
    },
    revokeKey: async (prefix) => keySummary((await runCuration(db, actor, (trx) => revokeKey(trx, actor, prefix))).row),
    listKeys: async () => (await listApiKeys(db)).map(keySummary),
  };
}

const FIGURE = 'figureKey revision value: valueText period reviewStatus';
const KEY = 'prefix name scope createdAt revokedAt';
type RemoteKey = Omit<KeySummary, 'scope'> & { scope: 'CURATOR' | 'ADMIN' };
const fromRemoteKey = (k: RemoteKey): KeySummary => ({ ...k, scope: k.scope === 'ADMIN' ? 'admin' : 'curator' });
const RELEASE = 'name cutAt notes checksum counts { observations }';
interface RemoteRelease { name: string; cutAt: string; notes: string; checksum: string; counts: { observations: number } }
const fromRemoteRelease = (r: RemoteRelease): ReleaseSummary => ({ name: r.name, cutAt: r.cutAt, observations: r.counts.observations, checksum: r.checksum, notes: r.notes });

interface RemoteCandidate {
  figureKey: string;
  revision: number;
  indicatorCode: string;
  dimensions: Record<string, string | null>;
  area: { code: string; nameVi: string };
  period: number | null;
  value: string;
  qualifier: CandidateRow['qualifier'];
  status: CandidateRow['status'];
  reviewStatus: CandidateRow['review_status'];
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  source: { title: string; contentHash: string };
}

const CANDIDATE = 'figureKey revision indicatorCode dimensions { govLevel serviceLevel component } area { code nameVi } period value: valueText qualifier status reviewStatus quote quoteStart quoteEnd source { title contentHash }';

interface RemoteDecided {
  figureKey: string;
  reviewStatus: DecidedFigureRow['review_status'];
  reviewedBy: string | null;
  indicatorCode: string;
  area: { code: string };
  period: number | null;
  value: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  source: { contentHash: string; url: string | null; title: string; publisher: string | null; publishedAt: string | null };
}

const DECIDED = 'figureKey reviewStatus reviewedBy indicatorCode area { code } period value: valueText quote quoteStart quoteEnd source { contentHash url title publisher publishedAt }';

const toDecidedRow = (n: RemoteDecided): DecidedFigureRow => ({
  natural_key: n.figureKey,
  review_status: n.reviewStatus,
  reviewed_by: n.reviewedBy,
  indicator_code: n.indicatorCode,
  area_code: n.area.code,
  period: n.period,
  value: n.value,
  quote: n.quote,
  quote_start: n.quoteStart,
  quote_end: n.quoteEnd,
  source_hash: n.source.contentHash,
  source_url: n.source.url,
  source_title: n.source.title,
  source_publisher: n.source.publisher,
  source_published_at: n.source.publishedAt,
});

/** A page of a connection, as the API answers it. */
interface Page<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every item of a connection, page after page (`fetch` asks for the page after a cursor). */
async function allPages<N>(fetch: (after: string | null) => Promise<Page<N>>): Promise<N[]> {
  const items: N[] = [];
  for (let after: string | null = null; ; ) {
    const page: Page<N> = await fetch(after);
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return items;
    after = page.pageInfo.endCursor;
  }
}

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

/** What `review list` prints, from the API's answer (the source text stays on the server). */
function toCandidateRow(n: RemoteCandidate): CandidateRow {
  const dimensions = Object.fromEntries(Object.entries(n.dimensions).filter(([, v]) => v !== null));
  return {
    natural_key: n.figureKey,
    revision: n.revision,
    indicator_code: n.indicatorCode,
    dimensions,
    area_code: n.area.code,
    area_name: n.area.nameVi,
    period: n.period,
    value: n.value,
    qualifier: n.qualifier,
    status: n.status,
    review_status: n.reviewStatus,
    quote: n.quote,
    quote_start: 0,
    quote_end: n.quote.length,
    source_title: n.source.title,
    source_hash: n.source.contentHash,
    source_text: n.quote,
  } as unknown as CandidateRow;
}

function httpCurator(server: LocalServer): CuratorClient {
  async function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${server.key}`, [ON_BEHALF_OF_HEADER]: localActor().name },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      if (code && code in CURATION_ERROR_CODES) throw new CurationError(code as CurationErrorCode, error.message, error.extensions);
      throw new Error(`the server refused (${code ?? res.status}): ${error.message}`);
    }
    return body.data as T;
  }
  /** Every item of a paged list (a connection), page after page. */
  async function allNodes<T>(list: string, selection: string): Promise<T[]> {
    const items: T[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      const page: Page = (await call<Record<string, Page>>(
        `query($after: String) { ${list}(first: ${PAGE_SIZE.max}, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      ))[list]!;
      items.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return items;
      after = page.pageInfo.endCursor;
    }
  }
  return {
    via: `the server at ${server.url}`,
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
    async correct(c) {
      const input = { ...c, value: c.value ?? undefined };
      return (await call<{ correctFigure: FigureSummary }>(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { ${FIGURE} } }`, { i: input })).correctFigure;
    },
    async withdraw(w) {
      return (
        await call<{ withdrawFigure: FigureSummary }>(`mutation($k: String!, $r: Int!, $why: String!) { withdrawFigure(figureKey: $k, expectedRevision: $r, reason: $why) { ${FIGURE} } }`, {
          k: w.figureKey,
          r: w.expectedRevision,
          why: w.reason,
        })
      ).withdrawFigure;
    },
    async addFigure(f) {
      const { indicator, ...rest } = f;
      const input = { ...rest, indicatorCode: indicator };
      return (await call<{ addFigure: FigureSummary }>(`mutation($i: AddFigureInput!) { addFigure(input: $i) { ${FIGURE} } }`, { i: input })).addFigure;
    },
    async addSource(s) {
      const { name: _name, ...input } = s;
      const data = await call<{ addSource: Omit<IngestReport, 'path' | 'sourceHash' | 'previousVersion' | 'removed'> & { source: { contentHash: string }; previousVersion: { contentHash: string } | null } }>(
        `mutation($i: AddSourceInput!) { addSource(input: $i) { source { contentHash } previousVersion { contentHash } candidates inserted revised unchanged vanished } }`,
        { i: input },
      );
      const r = data.addSource;
      return { path: s.name, sourceHash: r.source.contentHash, previousVersion: r.previousVersion?.contentHash ?? null, candidates: r.candidates, inserted: r.inserted, revised: r.revised, unchanged: r.unchanged, vanished: r.vanished, removed: 0 };
    },
    async createRelease(r) {
      const data = await call<{ createRelease: RemoteRelease }>(`mutation($n: String!, $notes: String!) { createRelease(name: $n, notes: $notes) { ${RELEASE} } }`, { n: r.name, notes: r.notes });
      return fromRemoteRelease(data.createRelease);
    },
    listReleases: async () => (await allNodes<RemoteRelease>('releases', RELEASE)).map(fromRemoteRelease),
    async createKey(name, scope) {
      const data = await call<{ createApiKey: { key: string; apiKey: RemoteKey } }>(`mutation($n: String!, $s: ApiKeyScope!) { createApiKey(name: $n, scope: $s) { key apiKey { ${KEY} } } }`, { n: name, s: scope.toUpperCase() });
      return { key: data.createApiKey.key, apiKey: fromRemoteKey(data.createApiKey.apiKey) };
    },
    revokeKey: async (prefix) => fromRemoteKey((await call<{ revokeApiKey: RemoteKey }>(`mutation($p: String!) { revokeApiKey(prefix: $p) { ${KEY} } }`, { p: prefix })).revokeApiKey),
    listKeys: async () => (await allNodes<RemoteKey>('apiKeys', KEY)).map(fromRemoteKey),
  };
}

/**
 * Runs a command's writes through the server when it holds the embedded
 * database (they appear there at once, no restart), otherwise on the database
 * directly. On PostgreSQL the CLI always writes directly: the server sees it.
 */
export async function withCurator<T>(body: (curator: CuratorClient) => Promise<T>): Promise<T> {
  const config = readConfig();
  const server = config.databaseUrl ? undefined : findLocalServer(config.dataDir);
  if (server) return body(httpCurator(server));
  return withDatabase(({ db }) => body(directCurator(db)));
}
