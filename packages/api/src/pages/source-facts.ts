import type { SourceDocumentRow } from '@egov-vn/schema';

/** Where a source was published: its publisher, else the host of its address. */
export function outletOf(source: Pick<SourceDocumentRow, 'publisher' | 'url'>): string | null {
  if (source.publisher) return source.publisher;
  if (!source.url) return null;
  try {
    return new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Our address of a source: the first 12 hex digits of its content hash (what the API accepts). */
export const sourceRef = (source: Pick<SourceDocumentRow, 'content_hash'>) => source.content_hash.slice(0, 12);

/**
 * Whether the stored text may be shown in full: only when its `licence` is an
 * open one (unknown means not redistributable). Otherwise pages show each
 * quote with some context, as a citation.
 */
export function textIsOpen(source: Pick<SourceDocumentRow, 'licence'>): boolean {
  return /^(CC-BY(-SA)?-\d|CC0|public domain)/i.test(source.licence?.trim() ?? '');
}
