import { isIsoDate, loadAreas } from '@egov-vn/schema';
import { buildAreaIndex, extractObservations, findAreaByHint, type AreaIndex } from '../extraction/index.js';
import type { Trx } from '../repositories/db.types.js';
import { ingestDocument, type IngestReport } from '../ingest/ingest-document.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import type { Change } from './figure-snapshot.js';

export interface NewSource {
  /** The document's text (UTF-8, line ends normalized, NFC). */
  text: string;
  /** A name for reports (the file name); the title of last resort. */
  name: string;
  url?: string | null | undefined;
  publisher?: string | null | undefined;
  publishedAt?: string | null | undefined;
  title?: string | null | undefined;
  licence?: string | null | undefined;
  /** Area of a document that never names its own. */
  area?: string | null | undefined;
}

let areaIndex: AreaIndex | undefined;

/**
 * Stores a source and its extracted figures as candidates. At the address of
 * a stored source with another text, it is a new version of that source.
 */
export async function addSource(trx: Trx, actor: Actor, s: NewSource): Promise<{ report: IngestReport; changes: Change[] }> {
  if (s.publishedAt != null && !isIsoDate(s.publishedAt)) {
    throw new CurationError('INVALID_VALUE', `published must be a calendar date YYYY-MM-DD, got "${s.publishedAt}"`);
  }
  if (s.text.trim() === '') throw new CurationError('INVALID_VALUE', 'the source text is empty');
  const text = s.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  areaIndex ??= buildAreaIndex(loadAreas('pre2025'));
  if (s.area && !findAreaByHint(areaIndex, s.area)) throw new CurationError('UNKNOWN_AREA', `unknown area "${s.area}"`, { area: s.area });
  const extraction = extractObservations(text, {
    areas: areaIndex,
    ...(s.area ? { areaHint: s.area } : {}),
    ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.title ? { title: s.title } : {}),
  });
  const report = await ingestDocument(trx, {
    path: s.name,
    text,
    extraction,
    publisher: s.publisher ?? null,
    licence: s.licence ?? null,
    addedBy: actor.name,
  });
  const action = report.previousVersion ? 'add-source-version' : 'add-source';
  return {
    report,
    changes: [{ action, target: report.sourceHash, before: report.previousVersion ? { contentHash: report.previousVersion } : null, after: { ...report, url: s.url ?? null } }],
  };
}
