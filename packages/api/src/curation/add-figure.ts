import type { Dimensions, ObservationRow, ObservationStatus, Qualifier } from '@egov-vn/schema';
import { toObservationRow } from '../ingest/figure-rows.js';
import type { Trx } from '../repositories/db.types.js';
import { findCurrentFigures, insertFigure } from '../repositories/figure-version.repository.js';
import { findSourcesByHashes } from '../repositories/source.repository.js';
import type { Actor } from './actor.js';
import { CurationError } from './curation-error.js';
import { type Change, figureSnapshot } from './figure-snapshot.js';
import { locateQuote } from './locate-quote.js';
import { resolveArea, validateFigure } from './validate-figure.js';

export interface MissedFigure {
  /** Content hash of the source (or a prefix of at least 12 hex digits). */
  source: string;
  indicator: string;
  dimensions?: Dimensions | undefined;
  /** "10" or "pre2025:10". */
  area: string;
  period: number | null;
  value: string;
  qualifier?: Qualifier | null | undefined;
  status?: ObservationStatus | null | undefined;
  /** The quote, found in the text; or its offsets (checked against the quote when both are given). */
  quote?: string | null | undefined;
  quoteStart?: number | null | undefined;
  quoteEnd?: number | null | undefined;
  note?: string | null | undefined;
  reason?: string | null | undefined;
}

/** Adds a figure the extractor missed, read by the curator from the stored text of its source; it is published as added. */
export async function addFigure(trx: Trx, actor: Actor, f: MissedFigure): Promise<{ figure: ObservationRow; changes: Change[] }> {
  const [source] = await findSourcesByHashes(trx, [f.source.trim().toLowerCase()]);
  if (!source) throw new CurationError('SOURCE_NOT_FOUND', `no source with content hash "${f.source}" (at least 12 hex digits)`, { source: f.source });
  const span = locateQuote(source.text, { quote: f.quote, start: f.quoteStart, end: f.quoteEnd });
  const area = await resolveArea(trx, f.area);
  const status = f.status ?? 'ACTUAL';
  const dimensions = f.dimensions ?? {};
  await validateFigure(trx, { indicator: f.indicator, dimensions, area, period: f.period, value: f.value, status });
  const row = toObservationRow({
    sourceId: source.id,
    sourceHash: source.content_hash,
    sourceText: source.text,
    sourceKind: source.kind,
    indicator: f.indicator,
    dimensions,
    geography: area.geography,
    areaCode: area.code,
    areaId: area.id,
    period: f.period,
    value: String(f.value).trim(),
    qualifier: f.qualifier ?? 'EXACT',
    status,
    reviewStatus: 'APPROVED',
    quote: span.quote,
    start: span.start,
    end: span.end,
    note: f.note ?? null,
  });
  const [existing] = await findCurrentFigures(trx, [row.natural_key], { lock: true });
  if (existing) {
    throw new CurationError('CONFLICT', `this figure exists already: ${existing.natural_key} at revision ${existing.revision} (${existing.review_status}); correct or approve it`, {
      figureKey: existing.natural_key,
      currentRevision: existing.revision,
    });
  }
  const figure = await insertFigure(trx, { ...row, reviewed_by: actor.name, changed_by: actor.name, change_reason: f.reason?.trim() || 'added by a curator' });
  return { figure, changes: [{ action: 'add', target: figure.natural_key, before: null, after: figureSnapshot(figure) }] };
}
