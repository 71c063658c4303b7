import type { ObservationRow, SourceDocumentRow } from '@egov-vn/schema';
import type { Db } from '../../repositories/db.types.js';
import { listObservations } from '../../repositories/observation.repository.js';
import { findSourcesByHashes } from '../../repositories/source.repository.js';
import { PageError } from '../page-error.js';

export interface SourcePageData {
  source: SourceDocumentRow;
  /** Every published figure read from it, in the order they appear in the text. */
  figures: ObservationRow[];
}

export async function loadSourcePage(db: Db, ref: string): Promise<SourcePageData> {
  const [source] = await findSourcesByHashes(db, [ref]);
  if (!source) throw new PageError(404, 'NOT_FOUND', 'source');
  const figures = await listObservations(db, { sourceIds: [source.id], reviewStatuses: ['APPROVED'] }, { field: 'ID', direction: 'ASC' });
  figures.sort((a, b) => a.quote_start - b.quote_start || a.id - b.id);
  return { source, figures };
}

/** Passages of a text, each marked or not: the quotes of the figures, overlapping ones merged. */
export function markQuotes(text: string, ranges: readonly { start: number; end: number }[]): { text: string; marked: boolean }[] {
  const sorted = ranges.filter((r) => r.start < r.end && r.end <= text.length).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
