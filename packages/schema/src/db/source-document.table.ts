import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const SOURCE_KINDS = ['ARTICLE', 'TABLE'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Languages a source can be written in (BCP 47 primary subtags). */
export const SOURCE_LANGUAGES = ['vi', 'en'] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

/**
 * PRIMARY: the body that produced the figures (e.g. the ministry publishing its
 * ranking at dti.gov.vn, a province reporting its own statistics).
 * SECONDARY: a report of figures published by someone else (news, a portal
 * relaying a ranking). When two current figures disagree, a primary source wins.
 */
export const SOURCE_ROLES = ['PRIMARY', 'SECONDARY'] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

export interface SourceDocumentTable {
  id: Generated<number>;
  kind: SourceKind;
  /** Title in the source's own language (`language`). */
  title: string;
  /** English title beside it; for an English source, the same as `title`. */
  title_en: ColumnType<string | null, string | null | undefined, string | null>;
  language: ColumnType<SourceLanguage, SourceLanguage | undefined, SourceLanguage>;
  /**
   * The rights under which the stored text may be reused: an SPDX identifier
   * ("CC-BY-4.0") or a short statement; null when unknown (then treat the text
   * as not redistributable).
   */
  licence: ColumnType<string | null, string | null | undefined, string | null>;
  role: ColumnType<SourceRole, SourceRole | undefined, SourceRole>;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD); null when the document does not state it. */
  published_at: string | null;
  url: string | null;
  /** The full stored text; observation offsets index into it (UTF-16 code units). */
  text: string;
  /** sha256 of `text`: the same text twice is one document. */
  content_hash: string;
  /** License / attribution of the text or table it was transcribed from. */
  attribution: string | null;
  created_at: ColumnType<Date, never, never>;
  /** The version this one replaces: the same address published again with other content. */
  previous_version_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Who stored it (a curator's key name; null for the founding dataset). */
  added_by: ColumnType<string | null, string | null | undefined, never>;
}

export type SourceDocumentRow = Selectable<SourceDocumentTable>;
export type NewSourceDocumentRow = Insertable<SourceDocumentTable>;
