import type { IndicatorCode } from '../generated/vocabulary.js';
import type { RawChange } from '../resources/query-results.types.js';
import type { Observation } from './observation.js';

/**
 * One change of the published data (the schema's `Change`): `APPROVAL` (`after`),
 * `CORRECTION` (`before` → `after`) or `WITHDRAWAL` (`before`, why in `reason`).
 */
export type Change<C extends IndicatorCode = IndicatorCode> = Omit<RawChange, 'indicator' | 'before' | 'after'> & {
  indicator: C;
  /** The version published before; null for an approval. */
  before: Observation<C> | null;
  /** The version published after; null for a withdrawal. */
  after: Observation<C> | null;
  /** Where the feed stands after this change: pass it as `since` to go on from here. */
  cursor: string;
};
