import type { GraphQLRequester, RequestOptions } from '../graphql/graphql-request.js';
import type { Source } from '../model/source.js';
import type { SourceResult, SourceVariables } from './query-results.types.js';
import { required } from './required.js';

export const SOURCE_QUERY = `query Source($id: ID!) { source(id: $id) { id contentHash kind title publisher publishedAt url attribution text } }` as const;

export async function fetchSource(request: GraphQLRequester, id: string, init?: RequestOptions): Promise<Source> {
  const variables: SourceVariables = { id };
  const data = await request<SourceResult>(SOURCE_QUERY, variables, init);
  // `publisher`, `publishedAt`, `url` and `attribution` can be null.
  return required(data.source, 'source') satisfies Source;
}
