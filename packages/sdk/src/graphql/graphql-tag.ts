import { type DefinitionNode, type DocumentNode, Kind, parse, print } from '@0no-co/graphql.web';
import type { initGraphQLTada } from 'gql.tada';
import type { introspection } from '../generated/graphql-env.js';

/** The gql.tada setup of the egov-vn schema (fragment masking off: spreads are read directly). */
export interface EgovSchemaSetup {
  introspection: introspection;
  /** Custom scalars as they travel in JSON: `Date` is "YYYY-MM-DD", `DateTime` ISO 8601 in UTC ("…Z", up to microseconds). */
  scalars: { Date: string; DateTime: string };
  disableMasking: true;
}

/** The type of `graphql`: gql.tada's document function for the egov-vn schema. */
export type EgovGraphQL = initGraphQLTada<EgovSchemaSetup>;

const SOURCE_NAME = 'GraphQLTada';

/**
 * gql.tada's runtime, restated without its module-level state so that it
 * tree-shakes: parses the text, appends the definitions of the fragments
 * passed (once each) and keeps the printed text in `loc.source.body`, which is
 * what `client.query()` sends.
 */
function createGraphQL(): EgovGraphQL {
  const graphql = (input: string, fragments?: readonly DocumentNode[]) => {
    const definitions: DefinitionNode[] = [...parse(input).definitions];
    const seen = new Set<DefinitionNode>(definitions);
    for (const fragment of fragments ?? []) {
      for (const definition of fragment.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION && !seen.has(definition)) {
          definitions.push(definition);
          seen.add(definition);
        }
      }
    }
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
    const body = print(document);
    return { ...document, loc: { start: 0, end: body.length, source: { body, name: SOURCE_NAME, locationOffset: { line: 1, column: 1 } } } };
  };
  const scalar = (_name: string, value: unknown) => value;
  const persisted = (documentId: string, document?: DocumentNode) => ({
    kind: Kind.DOCUMENT,
    definitions: document ? document.definitions : [],
    documentId,
  });
  return Object.assign(graphql, { scalar, persisted }) as unknown as EgovGraphQL;
}

/**
 * Writes a GraphQL document whose result and variables types are inferred
 * from the egov-vn schema as you type (gql.tada; nothing to generate). Pass it
 * to `client.query()`; it is also a standard `DocumentNode` for other clients.
 *
 * @example
 * import { createClient, graphql } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * const IndicatorQuery = graphql(`
 *   query Indicator($code: String!) { indicator(code: $code) { code nameEn unit } }
 * `);
 * const { indicator } = await egov.query(IndicatorQuery, { code: 'dti_rank' });
 * console.log(indicator?.nameEn); // typed: string | null
 */
export const graphql: EgovGraphQL = /* @__PURE__ */ createGraphQL();
