import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const SOURCE_KINDS = ['ARTICLE', 'TABLE'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceDocumentTable {
  id: Generated<number>;
  kind: SourceKind;
  title: string;
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
}

export type SourceDocumentRow = Selectable<SourceDocumentTable>;
export type NewSourceDocumentRow = Insertable<SourceDocumentTable>;
