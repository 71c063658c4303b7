import type { EgovClient } from '../client/client.types.js';
import type { RequestOptions } from '../graphql/graphql-request.js';
import type { Release } from '../model/release.js';
import { connectionPage, type ListOptions, pagedList } from '../pagination/connection-page.js';
import type { PagedList } from '../pagination/paged-list.js';
import { requesterOf } from './client-requester.js';
import { withFragments } from './document-text.js';
import type { RawRelease, ReleaseResult, ReleasesResult, ReleasesVariables, ReleaseVariables } from './query-results.types.js';
import { required } from './required.js';

const RELEASE_FIELDS = `fragment ReleaseFields on Release {
name notes cutAt createdBy checksum counts { observations indicators areas sources } citation { text bibtex }
license { name spdx url attribution scope } downloads { csv jsonl parquet }
}` as const;

export const RELEASES_QUERY = /* @__PURE__ */ withFragments(`query Releases($first: Int, $after: String) {
releases(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ReleaseFields } } }
}`, RELEASE_FIELDS);

export const RELEASE_QUERY = /* @__PURE__ */ withFragments(`query Release($name: String!) { release(name: $name) { ...ReleaseFields } }`, RELEASE_FIELDS);

/** The release with its file addresses made absolute (the API gives them relative to its origin). */
function toRelease(raw: RawRelease, endpoint: string): Release {
  const at = (path: string) => new URL(path, endpoint).href;
  return { ...raw, downloads: { csv: at(raw.downloads.csv), jsonl: at(raw.downloads.jsonl), parquet: at(raw.downloads.parquet) } };
}

type ClientLike = Pick<EgovClient, 'query' | 'endpoint'>;

/**
 * Every release, newest first, page by page as you iterate.
 *
 * @example
 * import { createClient, releases } from '@egov-vn/sdk';
 * const egov = createClient({ endpoint: 'http://localhost:4000/graphql' });
 * for await (const r of releases(egov)) console.log(r.name, r.cutAt, r.counts.observations, r.checksum);
 */
export function releases(client: ClientLike, list: ListOptions = {}): PagedList<Release> {
  const request = requesterOf(client);
  return pagedList(list, async (after, first, init) => {
    const variables: ReleasesVariables = { first, after };
    const data = await request<ReleasesResult>(RELEASES_QUERY, variables, init);
    return connectionPage(required(data.releases, 'releases'), (node) => toRelease(node, client.endpoint));
  });
}

/**
 * One release by name; `EgovGraphQLError` with `serverCode` NOT_FOUND when there is none.
 *
 * @example
 * const r = await release(egov, '2026.1');
 * console.log(r.citation.text, r.downloads.csv);
 */
export async function release(client: ClientLike, name: string, init?: RequestOptions): Promise<Release> {
  const variables: ReleaseVariables = { name };
  const data = await requesterOf(client)<ReleaseResult>(RELEASE_QUERY, variables, init);
  return toRelease(required(data.release, 'release'), client.endpoint);
}

/**
 * The newest release, or `null` before the first one is cut.
 *
 * @example
 * const latest = await latestRelease(egov);
 * if (latest) console.log(`cite: ${latest.citation.text}`);
 */
export async function latestRelease(client: ClientLike, init?: RequestOptions): Promise<Release | null> {
  const [newest] = await releases(client, { ...init, pageSize: 1 }).toArray({ limit: 1 });
  return newest ?? null;
}
