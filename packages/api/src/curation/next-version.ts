import type { ObservationRow } from '@egov-vn/schema';
import type { ObservationInput } from '../repositories/observation.repository.js';

export type VersionChanges = Partial<Pick<ObservationInput, 'value' | 'period' | 'qualifier' | 'status' | 'note' | 'review_status'>> & {
  changed_by: string;
  change_reason: string;
};

/**
 * The next version of a figure: the current one with `changes`, decided by the
 * curator who made it (it is reviewed as it is written).
 */
export function nextVersion(current: ObservationRow, changes: VersionChanges): ObservationInput {
  const now = new Date();
  return {
    natural_key: current.natural_key,
    indicator_code: current.indicator_code,
    dimensions: JSON.stringify(current.dimensions),
    area_id: current.area_id,
    period: current.period,
    value: current.value,
    unit: current.unit,
    qualifier: current.qualifier,
    status: current.status,
    review_status: 'APPROVED',
    source_id: current.source_id,
    quote: current.quote,
    transcribed_row: current.transcribed_row,
    quote_start: current.quote_start,
    quote_end: current.quote_end,
    edition: current.edition,
    methodology: current.methodology,
    // Where in a table it was read stays with every version (a correction changes the value, not the place).
    locator: current.locator,
    locator_en: current.locator_en,
    note: current.note,
    reviewed_at: now,
    reviewed_by: changes.changed_by,
    ...changes,
  };
}
