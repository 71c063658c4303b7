import type { DimensionCode } from '../model/dimensions.js';
import type { ObservationFilter } from '../resources/observations.resource.js';
import type { IndicatorCode } from '../generated/vocabulary.js';

/**
 * The filters of a download: those of `client.observations()` (with `release`
 * and `updatedSince`), but `reviewStatus` (downloads hold published figures only).
 */
export type DownloadFilter<C extends IndicatorCode = IndicatorCode> = Omit<ObservationFilter<C>, 'reviewStatus'>;

/**
 * The query string of a download: each filter by its API name, lists as
 * repeated parameters, dimensions by their own names (`govLevel=PROVINCE`).
 */
export function downloadParams<C extends IndicatorCode>(filter: DownloadFilter<C>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (name === 'dimensions') {
      for (const [dimension, v] of Object.entries(value as Partial<Record<DimensionCode, string>>)) if (v !== undefined) params.append(dimension, v);
    } else if (Array.isArray(value)) {
      for (const v of value) params.append(name, String(v));
    } else {
      params.append(name, String(value));
    }
  }
  return params;
}
