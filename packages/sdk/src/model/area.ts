import type { AreaLevel, Geography } from '../generated/vocabulary.js';

/** An administrative unit as other results refer to it. */
export interface AreaRef {
  /** GSO code: province 2 digits, district 3, commune 5. */
  code: string;
  /** Unambiguous `"<geography>:<code>"`, accepted wherever a code is. */
  ref: string;
  geography: Geography;
  level: AreaLevel;
  /** Vietnamese name, e.g. "Hòa Bình". */
  name: string;
  /** English name (generated upstream, not official). */
  nameEn: string;
}

/** An administrative unit. */
export interface Area extends AreaRef {
  /** Global id, e.g. of `Area:pre2025:17`. */
  id: string;
  /** Name with the unit type, e.g. "Tỉnh Hòa Bình". */
  fullName: string;
  fullNameEn: string;
  unitType: string;
  unitTypeEn: string;
  /** ISO 3166-2 code (provinces only). */
  isoCode: string | null;
  /** ISO date; null when unknown. */
  validFrom: string | null;
  /** ISO date; null while in force. */
  validTo: string | null;
  parent: AreaRef | null;
}

/** A link of the 1 July 2025 reorganisation. */
export interface AreaLink {
  area: AreaRef;
  /** `FULL`: the whole old unit went into the new one; `PARTIAL`: part of it (a split commune). */
  kind: 'FULL' | 'PARTIAL';
  /** ISO date the link took effect. */
  effectiveOn: string;
}

/** An area with its place in the hierarchy and across the 2025 reorganisation. */
export interface AreaDetail extends Area {
  /** From the province down to the parent. */
  ancestors: AreaRef[];
  children: AreaRef[];
  /** The units this one was formed from (post-2025 units); empty for pre-2025 units. */
  predecessors: AreaLink[];
  /** The units this one went into on 1 July 2025; empty for units in force. */
  successors: AreaLink[];
}
