import type { IndicatorCode, IndicatorUnit } from '../generated/vocabulary.js';
import type { ObservationDimensions } from '../model/dimensions.js';
import type { Observation } from '../model/observation.js';
import type { RawObservation } from './query-results.types.js';
import { trusted } from './trusted.js';

/** Drops the dimensions the indicator does not have (the API sends them as null). */
export function toDimensions(raw: Readonly<Record<string, string | null>> | null): ObservationDimensions {
  const dims: Record<string, string> = {};
  for (const key in raw) if (raw[key] != null) dims[key] = raw[key];
  return dims;
}

/** An observation with its provenance gathered in one object. */
export function toObservation<C extends IndicatorCode = IndicatorCode>(raw: RawObservation): Observation<C> {
  const { source, quote, quoteStart, quoteEnd, citation, supersededBy, dimensions, ...rest } = trusted(raw);
  // Codes and units come from the vocabulary the SDK's unions are generated from.
  const figure = rest as typeof rest & { indicator: C; unit: IndicatorUnit };
  return {
    ...figure,
    supersededBy: raw.supersededBy?.id ?? null,
    dimensions: toDimensions(raw.dimensions),
    provenance: { ...source, quote, quoteStart, quoteEnd, citation },
  };
}
