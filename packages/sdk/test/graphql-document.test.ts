import { describe, expect, it } from 'vitest';
import { createClient, graphql } from '../src/index.js';
import { documentSource, operationNameOf } from '../src/graphql/document.js';
import { ENDPOINT, json, scriptedFetch } from './fetch-mock.js';

describe('graphql()', () => {
  it('makes a standard DocumentNode that keeps its text', () => {
    const doc = graphql(`query Indicator($code: String!) { indicator(code: $code) { code unit } }`);
    expect(doc.kind).toBe('Document');
    expect(doc.definitions[0]).toMatchObject({ kind: 'OperationDefinition', operation: 'query', name: { value: 'Indicator' } });
    expect(documentSource(doc)).toContain('query Indicator($code: String!)');
  });

  it('appends the fragments passed, once each, nested ones included', () => {
    const AreaName = graphql(`fragment AreaName on Area { code name }`);
    const Figure = graphql(`fragment Figure on Observation { value area { ...AreaName } }`, [AreaName]);
    const Query = graphql(`query { observations(first: 1) { edges { node { ...Figure area { ...AreaName } } } } }`, [Figure, AreaName]);
    const source = documentSource(Query);
    expect(source.match(/fragment AreaName on Area/g)).toHaveLength(1);
    expect(source.match(/fragment Figure on Observation/g)).toHaveLength(1);
    expect(Query.definitions.map((d) => d.kind)).toEqual(['OperationDefinition', 'FragmentDefinition', 'FragmentDefinition']);
  });

  it('throws on a syntax error when the document is made', () => {
    expect(() => graphql(`query { indicators { code }` as string)).toThrow(/Syntax|Expected/);
  });
});

describe('client.query', () => {
  it('sends the text of a graphql() document with its variables', async () => {
    const fetch = scriptedFetch(json({ data: { indicator: { code: 'dti_rank', unit: 'rank' } } }));
    const Indicator = graphql(`query Indicator($code: String!) { indicator(code: $code) { code unit } }`);
    const data = await createClient({ endpoint: ENDPOINT, fetch }).query(Indicator, { code: 'dti_rank' });
    expect(data.indicator?.unit).toBe('rank');
    expect(fetch.calls[0]!.body).toEqual({ query: documentSource(Indicator), variables: { code: 'dti_rank' } });
  });

  it('sends strings and String objects (GraphQL Code Generator’s TypedDocumentString) as they are, and operationName when asked', async () => {
    const fetch = scriptedFetch(json({ data: { a: 1 } }));
    const egov = createClient({ endpoint: ENDPOINT, fetch });
    await egov.query('query A { a } query B { b }', undefined, { operationName: 'B' });
    await egov.query(new String('{ a }') as unknown as string);
    expect(fetch.calls.map((c) => c.body)).toEqual([
      { query: 'query A { a } query B { b }', operationName: 'B' },
      { query: '{ a }' },
    ]);
  });

  it('refuses a parsed document without its text', async () => {
    const egov = createClient({ endpoint: ENDPOINT, fetch: scriptedFetch() });
    await expect(egov.query({ kind: 'Document', definitions: [] } as never)).rejects.toThrow(/no source text/);
  });

  it('names the operation for error reports', () => {
    expect(operationNameOf('query Ranking($p: Int!) { x }')).toBe('Ranking');
    expect(operationNameOf('{ x }')).toBeUndefined();
  });
});
