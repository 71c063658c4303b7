// Type tests of client.query() and graphql(): results and variables inferred
// from the committed schema. Checked by `pnpm --filter @egov-vn/sdk typecheck`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  type GovLevel,
  graphql,
  type IndexComponent,
  type Qualifier,
  type ResultOf,
  type TypedDocument,
  type VariablesOf,
} from '../src/index.js';

const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });

const IndicatorQuery = graphql(`
  query Indicator($code: String!) {
    indicator(code: $code) { code unit higherIsBetter coverage { years } }
  }
`);

const FigureFields = graphql(`
  fragment FigureFields on Observation { value qualifier dimensions { govLevel component } area { code } }
`);

const FiguresQuery = graphql(
  `
  query Figures($filter: ObservationFilter, $first: Int) {
    observations(filter: $filter, first: $first) {
      totalCount
      edges { node { id ...FigureFields } }
    }
  }
`,
  [FigureFields],
);

describe('query() infers results and variables from the schema', () => {
  it('result type', () => {
    expectTypeOf(egov.query(IndicatorQuery, { code: 'dti_rank' })).resolves.toEqualTypeOf<{
      // root fields are nullable (an error nulls only that field); everything below is not
      indicator: {
        code: string;
        unit: string;
        higherIsBetter: boolean;
        coverage: { years: number[] };
      } | null;
    }>();
  });

  it('variables type', () => {
    expectTypeOf<VariablesOf<typeof IndicatorQuery>>().toEqualTypeOf<{ code: string }>();
    // @ts-expect-error a required variable is missing
    void egov.query(IndicatorQuery);
    // @ts-expect-error a variable of the wrong type
    void egov.query(IndicatorQuery, { code: 42 });
    // @ts-expect-error an unknown variable
    void egov.query(IndicatorQuery, { code: 'dti_rank', extra: true });
  });

  it('enums are the schema unions, fragments are spread in', async () => {
    const data = await egov.query(FiguresQuery, { filter: { area: '17', dimensions: { govLevel: 'PROVINCE' } }, first: 10 });
    const node = data.observations!.edges[0]!.node;
    expectTypeOf(node.id).toEqualTypeOf<string>();
    expectTypeOf(node.value).toEqualTypeOf<number>();
    expectTypeOf(node.qualifier).toEqualTypeOf<Qualifier>();
    expectTypeOf(node.dimensions).toEqualTypeOf<{ govLevel: GovLevel | null; component: IndexComponent | null }>();
    // @ts-expect-error an enum input checks its values
    void egov.query(FiguresQuery, { filter: { dimensions: { govLevel: 'NATION' } } });
  });

  it('a document without required variables needs none', () => {
    expectTypeOf(egov.query(graphql(`{ indicators { nodes { code } } }`))).resolves.toEqualTypeOf<{ indicators: { nodes: { code: string }[] } | null }>();
    void egov.query(FiguresQuery);
  });

  it('ResultOf names the type for reuse', () => {
    type Figures = ResultOf<typeof FiguresQuery>;
    expectTypeOf<NonNullable<Figures['observations']>['totalCount']>().toEqualTypeOf<number>();
  });

  it('a string gives unknown, or the type asked for', () => {
    expectTypeOf(egov.query('{ indicators { code } }')).resolves.toEqualTypeOf<unknown>();
    expectTypeOf(egov.query<{ indicators: { code: string }[] }>('{ indicators { code } }')).resolves.toEqualTypeOf<{
      indicators: { code: string }[];
    }>();
  });

  it('accepts typed documents of other tools (TypedDocumentNode / TypedDocumentString)', () => {
    const doc = '{ area(code: "17") { name } }' as unknown as TypedDocument<{ area: { name: string } | null }, { code?: string }>;
    expectTypeOf(egov.query(doc)).resolves.toEqualTypeOf<{ area: { name: string } | null }>();
  });

  it('a field that is not in the schema is typed unknown (editors with GraphQLSP flag it; the API answers GRAPHQL_VALIDATION_FAILED)', () => {
    const bad = graphql(`{ indicators { nodes { code nope } } }`);
    expectTypeOf<NonNullable<ResultOf<typeof bad>['indicators']>['nodes'][number]['nope']>().toBeUnknown();
  });
});
