import type { EgovClient } from '../client/client.types.js';
import type { GraphQLRequester } from '../graphql/graphql-request.js';

/**
 * The requester behind a client's `query()`: what the standalone helpers
 * (releases, changes) call, so they stay out of the client object and out of
 * the bundle of apps that do not import them.
 */
export const requesterOf =
  (client: Pick<EgovClient, 'query'>): GraphQLRequester =>
  (document, variables, options) =>
    client.query(document as string, variables, options);
