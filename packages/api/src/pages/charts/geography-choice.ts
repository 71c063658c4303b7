import type { Dimensions, Geography, IndicatorRow } from '@egov-vn/schema';
import { PageError } from '../page-error.js';

/**
 * A ranking year published for both sets of units (e.g. DTI 2024: the 34
 * provinces of 2025 and the 63 before): they are never ranked together, so the
 * reader chooses. Pages offer the choice; embeds, which cannot, answer 400 with
 * the same explanation.
 */
export class GeographyChoice extends PageError {
  constructor(
    readonly indicator: IndicatorRow,
    readonly period: number,
    readonly dims: Dimensions,
    /** Each geography with figures, with how many provinces have one. */
    readonly options: { geography: Geography; areas: number }[],
  ) {
    super(400, 'INCOMPARABLE_VALUES', `${indicator.code} ${period}`, {
      vi: `Chọn một nhóm: ${options.map((o) => `geography=${o.geography} (${o.areas} tỉnh có số liệu)`).join(' hoặc ')}.`,
      en: `Choose one: ${options.map((o) => `geography=${o.geography} (${o.areas} provinces with a figure)`).join(' or ')}.`,
    });
  }
}
