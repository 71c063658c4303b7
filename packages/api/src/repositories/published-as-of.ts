import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * The one rule of what was published at a moment, shared by `asOf`, releases,
 * pinned embeds and the change feed. A version is public from its approval
 * (`reviewed_at`, or its loading for figures loaded approved) until it is superseded (`superseded_at`). It holds because
 * history is append-only: a correction or a withdrawal is a new version that
 * supersedes the old one, never an update of a published row.
 *
 * Without `asOf`, the current published data.
 */
export function publishedAsOf(alias: string, asOf?: Date): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  if (!asOf) return sql<SqlBool>`${col('review_status')} = 'APPROVED' and ${col('superseded_at')} is null`;
  return sql<SqlBool>`${col('review_status')} = 'APPROVED' and ${publishedSince(alias)} <= ${asOf} and (${col('superseded_at')} is null or ${col('superseded_at')} > ${asOf})`;
}

/**
 * When a version became public: its approval, never before it existed (a
 * correction that carries its predecessor's approval time over must not
 * appear in the past, beside the version it replaced).
 */
export function publishedSince(alias: string): RawBuilder<Date> {
  return sql<Date>`greatest(${sql.ref(`${alias}.reviewed_at`)}, ${sql.ref(`${alias}.created_at`)})`;
}

