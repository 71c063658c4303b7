import type { ObservationRow, SourceDocumentRow } from '@egov-vn/schema';

/**
 * A citation a newsroom can print under a figure.
 *
 * @example
 * formatCitation(obs, source)
 * // '"gần 80% cán bộ ..." — Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình, 2012-11-28.'
 */
export function formatCitation(o: ObservationRow, s: SourceDocumentRow): string {
  const parts = [s.title, s.publisher, s.published_at ?? 'undated', s.url].filter((p): p is string => Boolean(p));
  return `"${o.quote.replace(/\s+/g, ' ').trim()}" — ${parts.join(', ')}.`;
}
