import { RELEASE_ARG_DESCRIPTION } from '../release/release-arg.js';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { AS_OF_DESCRIPTION, DateScalar } from '../area/as-of.scalar.js';
import { DimensionsInput } from '../../dimensions.js';
import {
  AreaLevelEnum,
  GeographyEnum,
  ObservationStatusEnum,
  QualifierEnum,
  ReviewStatusEnum,
  SortDirectionEnum,
} from '../../enums.js';
import { describedValues } from '../../described-values.js';

export const MAX_LIST = 50;

export const GeographyModeEnum = builder.enumType('GeographyMode', {
  description: 'How the area conditions of an observation filter treat the 2025 reorganisation.',
  values: {
    AS_REPORTED: {
      description: 'Figures reported for the units named (and, with `within`, their descendants), in the geography they were reported in.',
    },
    HISTORICAL: {
      description: [
        'The territory of each unit named, across time: figures reported for the unit and its descendants, for each of its predecessors and, when a predecessor went into it in full, for the descendants of that predecessor too (its old districts and communes lay entirely inside it).',
        'A partial predecessor (a split commune) counts for itself only, and its figures describe the whole old unit, not the part that came in.',
        'Each figure keeps the unit it was reported for as `area`; `via` says how it relates to the unit asked for. Nothing is summed or averaged: see `Area.derivedTotals` for the few totals that can be derived.',
        '`area`, `areas` and `within` all name territories in this mode; `areaLevel: PROVINCE` keeps only figures reported for provinces. A plain code means the unit in force on `asOf` (default: today) when one exists.',
      ].join('\n'),
    },
  } as const,
});

export const ObservationFilterInput = builder.inputType('ObservationFilter', {
  description: [
    'All conditions must hold. Area arguments take a GSO code or "<geography>:<code>".',
    'A plain code means: with `asOf`, the unit with that code in force on that date; without, in AS_REPORTED mode the pre-2025 unit when one exists (figures describe the old units), in HISTORICAL mode the unit in force today when one exists.',
  ].join('\n'),
  fields: (t) => ({
    indicator: t.string({ description: 'Indicator code, e.g. "dti_score"; NOT_FOUND when not in the vocabulary.' }),
    indicators: t.stringList({ description: `Any of these codes (at most ${MAX_LIST}).` }),
    area: t.string({ description: 'One unit: GSO code or "<geography>:<code>" (see above for plain codes).' }),
    areas: t.stringList({ description: `Any of these areas (at most ${MAX_LIST}).` }),
    within: t.string({ description: 'An area and all its descendants.' }),
    areaLevel: t.field({ type: AreaLevelEnum, description: 'Only figures reported for units of this level.' }),
    geography: t.field({ type: GeographyEnum, description: 'Only figures reported for units of this geography.' }),
    geographyMode: t.field({
      type: GeographyModeEnum,
      defaultValue: 'AS_REPORTED',
      description: 'AS_REPORTED (default): the units named; HISTORICAL: their territory across the 2025 reorganisation.',
    }),
    asOf: t.field({ type: DateScalar, description: `Resolves plain codes in area, areas and within. ${AS_OF_DESCRIPTION}` }),
    period: t.int({ description: 'Only figures for this year (excludes figures without a period).' }),
    periodFrom: t.int({ description: 'Inclusive; excludes figures without a period.' }),
    periodTo: t.int({ description: 'Inclusive; excludes figures without a period.' }),
    undated: t.boolean({ description: 'true: only figures whose source states no period.' }),
    status: t.field({ type: ObservationStatusEnum, description: 'ACTUAL or TARGET; both when left out.' }),
    qualifiers: t.field({ type: [QualifierEnum], description: 'Only figures with one of these qualifiers, e.g. [EXACT]; any when left out.' }),
    dimensions: t.field({ type: DimensionsInput, description: 'Figures having these dimension values.' }),
    reviewStatus: t.field({
      type: [ReviewStatusEnum],
      description: 'Defaults to [APPROVED]: candidates and rejected figures only when asked for.',
    }),
    source: t.id({ description: 'Global id or content hash of a source document.' }),
    updatedSince: t.field({
      type: DateTimeScalar,
      description: 'A moment (e.g. a `Change.at`): only figures whose published version is newer (approved or corrected after it). Withdrawals are in `changes`.',
    }),
    release: t.string({ description: `${RELEASE_ARG_DESCRIPTION} Only approved figures: not with \`reviewStatus\`.` }),
  }),
});

export const ObservationOrderFieldEnum = builder.enumType('ObservationOrderField', {
  description: 'What `observations` are sorted by. Ties are broken by further keys down to the id, so the order is total and pages never overlap.',
  values: describedValues(['INDICATOR', 'AREA', 'PERIOD', 'VALUE', 'ID'] as const, {
    INDICATOR: 'Indicator code, then area, then period (the default).',
    AREA: 'Area (geography, then GSO code), then indicator and period.',
    PERIOD: 'Period (year); figures without a period come last.',
    VALUE: 'Numeric value (compare only figures of one indicator and unit).',
    ID: 'Storage order of the figures.',
  }),
});

export const ObservationOrderInput = builder.inputType('ObservationOrder', {
  description: 'Sort order of `observations` (default: by indicator, ascending). A cursor is bound to the order it was made with.',
  fields: (t) => ({
    field: t.field({ type: ObservationOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'ASC (default) or DESC.' }),
  }),
});
