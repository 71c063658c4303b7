// Field selections shared by the resources, aliased to the SDK's result
// shapes. Literal types let `query-results.types.ts` derive each result type
// from the schema.
import { withFragments } from './document-text.js';

export const AREA_REF_FIELDS = `fragment AreaRefFields on Area { code ref geography level name nameEn }` as const;

export const OBSERVATION_FIELDS = /* @__PURE__ */ withFragments(`fragment ObservationFields on Observation {
id figureKey revision isCurrent supersededBy { id } indicator: indicatorCode area { ...AreaRefFields } period value valueText unit
qualifier status reviewStatus dimensions { govLevel serviceLevel serviceMode settlement component } methodology edition note quote quoteStart quoteEnd locator locatorEn citation citationEn: citation(lang: EN)
source { sourceId: id contentHash kind title publisher publishedAt url attribution }
via { requested { ...AreaRefFields } predecessor { ...AreaRefFields } kind reportedFor { ...AreaRefFields } descendant }
}`, AREA_REF_FIELDS);
