import type { ObservationRow } from '@egov-vn/schema';

/** What the audit log keeps of a figure version: enough to see what changed, without the source text. */
export function figureSnapshot(row: ObservationRow) {
  return {
    id: row.id,
    figureKey: row.natural_key,
    revision: row.revision,
    indicator: row.indicator_code,
    dimensions: row.dimensions,
    areaId: row.area_id,
    period: row.period,
    value: row.value,
    qualifier: row.qualifier,
    status: row.status,
    reviewStatus: row.review_status,
    quote: row.quote,
    transcribedRow: row.transcribed_row,
    quoteStart: row.quote_start,
    quoteEnd: row.quote_end,
    note: row.note,
    changedBy: row.changed_by,
    changeReason: row.change_reason,
    reviewedBy: row.reviewed_by,
  };
}

/** One change an action made, for the audit log. */
export interface Change {
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}
