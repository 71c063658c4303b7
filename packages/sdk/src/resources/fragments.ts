// Field selections shared by the resources, aliased to the SDK's result
// shapes. Literal types let `query-results.types.ts` derive each result type
// from the schema.
import { withFragments } from './document-text.js';

export const AREA_REF_FIELDS = `fragment AreaRefFields on Area { code ref geography level name nameEn }` as const;

/** A figure with its provenance; what every result holds but `via`. */
const OBSERVATION_SELECTION = `id figureKey revision isCurrent supersededBy { id } indicator: indicatorCode area { ...AreaRefFields } period value valueText unit
qualifier status reviewStatus dimensions { govLevel serviceLevel serviceMode settlement component } methodology edition note quote quoteStart quoteEnd locator locatorEn citation citationEn: citation(lang: EN)
source { sourceId: id contentHash kind title publisher publishedAt url attribution }` as const;

// Fragments are built with `withFragments` (joined by a line break), which the
// client already carries: a helper of their own would cost the core bundle bytes.

/**
 * The change feed's figures: the selection alone (they have no `via`). One level
 * shallower, so `changes { edges { node { before { … } } } }` stays within the API's
 * depth limit (a fragment spread counts as a level: the two fragments are not nested).
 */
export const OBSERVATION_CORE_FIELDS = /* @__PURE__ */ withFragments(
  /* @__PURE__ */ withFragments(/* @__PURE__ */ withFragments('fragment ObservationCoreFields on Observation {', OBSERVATION_SELECTION), '}'),
  AREA_REF_FIELDS,
);

export const OBSERVATION_FIELDS = /* @__PURE__ */ withFragments(
  /* @__PURE__ */ withFragments(
    /* @__PURE__ */ withFragments('fragment ObservationFields on Observation {', OBSERVATION_SELECTION),
    'via { requested { ...AreaRefFields } predecessor { ...AreaRefFields } kind reportedFor { ...AreaRefFields } descendant } }',
  ),
  AREA_REF_FIELDS,
);
