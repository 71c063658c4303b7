import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';
import { publishedSince } from './published-as-of.js';

export const CHANGE_KINDS = ['APPROVAL', 'CORRECTION', 'WITHDRAWAL'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change of the published data: a version became public, replaced another, or stopped being public. */
export interface ChangeRow {
  /** When (ISO 8601 UTC, microseconds): the order of the feed. */
  at: string;
  kind: ChangeKind;
  figure_key: string;
  indicator_code: string;
  /** The version published before the change (a correction, a withdrawal); null for an approval. */
  before_id: number | null;
  /** The version published after (an approval, a correction); null for a withdrawal. */
  after_id: number | null;
  /** The version that carries who made the change and why (the new one, or the withdrawal's). */
  cause_id: number | null;
}

export interface ChangeQuery {
  indicatorCodes?: readonly string[] | undefined;
}

// Fixed-width UTC text with microseconds: its text order is the time order, and it survives a cursor exactly.
const iso = (expr: unknown) => sql<string>`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Every change of the published data, derived from the append-only history
 * with the rule of `publishedAsOf`: each approved version is an APPROVAL when
 * it becomes public (`greatest(reviewed_at, created_at)`), or a CORRECTION
 * when it replaces an approved predecessor; an approved version replaced by
 * one that is not approved (withdrawn, rejected) is a WITHDRAWAL at
 * `superseded_at`. Replaying them in order rebuilds the published data.
 */
function changes(db: Db, q: ChangeQuery) {
  const codes = q.indicatorCodes && q.indicatorCodes.length > 0 ? sql`and v.indicator_code in (${sql.join([...q.indicatorCodes])})` : sql``;
  const events = sql<ChangeRow & { version_id: number; step: number }>`(
    select ${iso(publishedSince('v'))} as at, v.id as version_id, 0 as step,
           case when p.id is null then 'APPROVAL' else 'CORRECTION' end as kind,
           v.natural_key as figure_key, v.indicator_code, p.id as before_id, v.id as after_id, v.id as cause_id
    from observation v
    left join observation p on p.natural_key = v.natural_key and p.revision = v.revision - 1 and p.review_status = 'APPROVED' and p.superseded_by = v.id
    where v.review_status = 'APPROVED' ${codes}
    union all
    select ${iso(sql`v.superseded_at`)} as at, v.id as version_id, 1 as step, 'WITHDRAWAL' as kind,
           v.natural_key as figure_key, v.indicator_code, v.id as before_id, null as after_id, s.id as cause_id
    from observation v
    left join observation s on s.id = v.superseded_by
    where v.review_status = 'APPROVED' and v.superseded_at is not null and (s.id is null or s.review_status <> 'APPROVED') ${codes}
  )`;
  return db.selectFrom(events.as('e')).selectAll('e');
}

/** The feed's order: time, then the version, then approval before withdrawal. Total: a cursor names one change. */
export const CHANGE_SORT_KEYS: readonly SortKey[] = [
  { expr: sql`e.at`, type: 'text', direction: 'asc' },
  { expr: sql`e.version_id`, type: 'int', direction: 'asc' },
  { expr: sql`e.step`, type: 'int', direction: 'asc' },
];

export async function pageChanges(db: Db, q: ChangeQuery, page: KeysetPage): Promise<KeysetResult<ChangeRow>> {
  return keysetPage(changes(db, q) as never, CHANGE_SORT_KEYS, page) as Promise<KeysetResult<ChangeRow>>;
}

export async function countChanges(db: Db, q: ChangeQuery): Promise<number> {
  const row = await db.selectFrom(changes(db, q).as('c')).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
