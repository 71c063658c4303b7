import type { SourceKind } from '../generated/vocabulary.js';

/** A source document: an article, or a published table as transcribed. */
export interface Source {
  id: string;
  /** sha256 of `text`; its first 12+ hex digits also work as an id. */
  contentHash: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
  attribution: string | null;
  /** The full stored text; quote offsets index into it. */
  text: string;
}
