import type { Dimensions, Geography } from '@egov-vn/schema';
import { canonicalJson } from '../repositories/observation.repository.js';
import { contentHash } from './content-hash.js';

export interface FigureIdentity {
  sourceHash: string;
  indicator: string;
  dimensions: Dimensions;
  geography: Geography;
  areaCode: string;
  quoteStart: number;
  quoteEnd: number;
}

/**
 * The stable identity of a figure: which indicator, slice and area was read
 * from which span of which document. Value and period are left out so that a
 * correction of either revises the same figure instead of creating a new one.
 */
export function naturalKey(f: FigureIdentity): string {
  return contentHash(
    [f.sourceHash, f.indicator, canonicalJson(f.dimensions), f.geography, f.areaCode, f.quoteStart, f.quoteEnd].join('|'),
  ).slice(0, 32);
}

/** The identity of a figure of a transcribed table: page address, indicator, slice, area and period (one per page). */
export function tableFigureKey(f: {
  url: string;
  period: number | null;
  indicator: string;
  dimensions: Dimensions;
  geography: Geography;
  areaCode: string;
}): string {
  return contentHash(['table', f.url, f.indicator, canonicalJson(f.dimensions), f.geography, f.areaCode, f.period ?? ''].join('|')).slice(0, 32);
}
