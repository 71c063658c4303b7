import type { CandidateRow, DecidedFigureRow } from '../../repositories/review.repository.js';

// The review lists as the server's API answers them, turned into the rows the repository gives the database path.

export interface RemoteCandidate {
  figureKey: string;
  revision: number;
  indicatorCode: string;
  dimensions: Record<string, string | null>;
  area: { code: string; nameVi: string };
  period: number | null;
  value: string;
  qualifier: CandidateRow['qualifier'];
  status: CandidateRow['status'];
  reviewStatus: CandidateRow['review_status'];
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  source: { title: string; contentHash: string };
}

export const CANDIDATE = 'figureKey revision indicatorCode dimensions { govLevel serviceLevel component } area { code nameVi } period value: valueText qualifier status reviewStatus quote quoteStart quoteEnd source { title contentHash }';

/** What `review list` prints, from the API's answer (the source text stays on the server). */
export function toCandidateRow(n: RemoteCandidate): CandidateRow {
  const dimensions = Object.fromEntries(Object.entries(n.dimensions).filter(([, v]) => v !== null));
  return {
    natural_key: n.figureKey,
    revision: n.revision,
    indicator_code: n.indicatorCode,
    dimensions,
    area_code: n.area.code,
    area_name: n.area.nameVi,
    period: n.period,
    value: n.value,
    qualifier: n.qualifier,
    status: n.status,
    review_status: n.reviewStatus,
    quote: n.quote,
    quote_start: 0,
    quote_end: n.quote.length,
    source_title: n.source.title,
    source_hash: n.source.contentHash,
    source_text: n.quote,
  } as unknown as CandidateRow;
}

export interface RemoteDecided {
  figureKey: string;
  reviewStatus: DecidedFigureRow['review_status'];
  reviewedBy: string | null;
  indicatorCode: string;
  area: { code: string };
  period: number | null;
  value: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  source: { contentHash: string; url: string | null; title: string; publisher: string | null; publishedAt: string | null };
}

export const DECIDED = 'figureKey reviewStatus reviewedBy indicatorCode area { code } period value: valueText quote quoteStart quoteEnd source { contentHash url title publisher publishedAt }';

export const toDecidedRow = (n: RemoteDecided): DecidedFigureRow => ({
  natural_key: n.figureKey,
  review_status: n.reviewStatus,
  reviewed_by: n.reviewedBy,
  indicator_code: n.indicatorCode,
  area_code: n.area.code,
  period: n.period,
  value: n.value,
  quote: n.quote,
  quote_start: n.quoteStart,
  quote_end: n.quoteEnd,
  source_hash: n.source.contentHash,
  source_url: n.source.url,
  source_title: n.source.title,
  source_publisher: n.source.publisher,
  source_published_at: n.source.publishedAt,
});
