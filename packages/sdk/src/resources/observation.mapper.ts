import type { IndicatorCode, IndicatorUnit } from '../generated/vocabulary.js';
import type { ObservationDimensions } from '../model/dimensions.js';
import type { Observation } from '../model/observation.js';
import type { RawObservation, RawObservationCore } from './query-results.types.js';

/** Drops the dimensions the indicator does not have (the API sends them as null). */
export function toDimensions(raw: Readonly<Record<string, string | null>> | null): ObservationDimensions {
  const dims: Record<string, string> = {};
  for (const key in raw) if (raw[key] != null) dims[key] = raw[key];
  return dims;
}

/**
 * An observation with its provenance gathered in one object. Built field by
 * field: a stable shape, twice as fast as spreading, and the compiler checks
 * each field against the selection.
 */
export function toObservation<C extends IndicatorCode = IndicatorCode>(raw: RawObservationCore & { via?: RawObservation['via'] }): Observation<C> {
  const o = raw;
  return {
    id: o.id,
    figureKey: o.figureKey,
    revision: o.revision,
    isCurrent: o.isCurrent,
    supersededBy: raw.supersededBy?.id ?? null,
    // Codes and units come from the vocabulary the SDK's unions are generated from.
    indicator: o.indicator as C,
    area: o.area,
    period: raw.period ?? null,
    value: o.value,
    valueText: o.valueText,
    unit: o.unit as IndicatorUnit,
    qualifier: o.qualifier,
    status: o.status,
    reviewStatus: o.reviewStatus,
    dimensions: toDimensions(raw.dimensions),
    methodology: raw.methodology ?? null,
    edition: raw.edition ?? null,
    note: raw.note ?? null,
    provenance: {
      ...o.source,
      quote: raw.quote ?? null,
      quoteStart: o.quoteStart,
      quoteEnd: o.quoteEnd,
      locator: raw.locator ?? null,
      locatorEn: raw.locatorEn ?? null,
      citation: o.citation,
      citationEn: o.citationEn,
    },
    // Absent from the change feed's selection: its figures are never seen through another unit.
    via: raw.via ?? null,
  };
}
