import { isIsoDate } from '@egov-vn/schema';
import type { ExtractionResult } from '../extraction/index.js';
import type { Trx } from '../repositories/db.types.js';
import { ingestDocument, type IngestReport } from '../ingest/ingest-document.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import { extractInWorker } from './extraction-pool.js';
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

/** A source validated and its figures extracted: ready to store. */
export interface ReadSource {
  source: NewSource;
  /** The text as stored (normalized). */
  text: string;
  extraction: ExtractionResult;
}

/**
 * Checks a source and extracts its figures, in a worker thread
 * (extraction-pool.ts): seconds of CPU for a large text, which must hold
 * neither the event loop nor the database — call it before the transaction
 * that stores the source (`storeSource`).
 */
export async function readSource(s: NewSource): Promise<ReadSource> {
  if (s.publishedAt != null && !isIsoDate(s.publishedAt)) {
    throw new CurationError('INVALID_VALUE', `published must be a calendar date YYYY-MM-DD, got "${s.publishedAt}"`);
  }
  if (s.text.trim() === '') throw new CurationError('INVALID_VALUE', 'the source text is empty');
  const text = s.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
  const answer = await extractInWorker({
    text,
    area: s.area ?? undefined,
    publishedAt: s.publishedAt ?? undefined,
    url: s.url ?? undefined,
    title: s.title ?? undefined,
  });
  if (answer.kind === 'unknown-area') throw new CurationError('UNKNOWN_AREA', `unknown area "${s.area}"`, { area: s.area });
  return { source: s, text, extraction: answer.extraction };
}

/**
 * Stores a source read by `readSource` and its extracted figures as
 * candidates. At the address of a stored source with another text, it is a
 * new version of that source.
 */
export async function storeSource(trx: Trx, actor: Actor, { source: s, text, extraction }: ReadSource): Promise<{ report: IngestReport; changes: Change[] }> {
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
