import type { createEgovYoga } from '@egov-vn/api';

export type Gql = { status: number; data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };

/** A GraphQL caller on a yoga instance (no socket), sending `key` as a bearer API key when given. */
export function yogaClient(yoga: ReturnType<typeof createEgovYoga>) {
  return async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<Gql> {
    const res = await yoga.fetch('http://t/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
}
