import { createHash } from 'node:crypto';
import { DATA_VERSION_UNTRACKED_TABLES } from '@egov-vn/schema/migrations';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const PROVINCE = '{ areas(level: PROVINCE, geography: post2025, first: 2) { nodes { code name } } }';
const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${api.url}?${new URLSearchParams(params)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

/** Data statements and data-version reads of one step. */
async function counting<T>(step: () => Promise<T>) {
  api.database.statements.length = 0;
  api.database.versionReads.count = 0;
  const value = await step();
  return { value, statements: api.database.statements.length, versionReads: api.database.versionReads.count };
}

const rename = (suffix: string) =>
  api.database.db
    .updateTable('area')
    .set({ name_vi: sql`name_vi || ${suffix}` })
    .where('geography', '=', 'post2025')
    .where('code', '=', '01')
    .execute();

describe('cached answers', () => {
  it('a GET answer carries an ETag and Cache-Control; If-None-Match gets 304 for the price of one version read', async () => {
    const first = await get({ query: PROVINCE });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, must-revalidate$/);
    expect(first.headers.get('vary')).toMatch(/accept/i);

    const revalidated = await counting(() => get({ query: PROVINCE }, { 'if-none-match': etag }));
    expect(revalidated.value.status).toBe(304);
    expect(await revalidated.value.text()).toBe('');
    expect(revalidated.value.headers.get('etag')).toBe(etag);
    expect(revalidated).toMatchObject({ statements: 0, versionReads: 1 });

    const other = await get({ query: PROVINCE }, { 'if-none-match': 'W/"something-else"' });
    expect(other.status).toBe(200);
  });

  it('a write is seen at once: the next answer is new, the old ETag no longer matches', async () => {
    const before = await get({ query: PROVINCE });
    const etag = before.headers.get('etag')!;
    const oldName = ((await before.json()) as any).data.areas.nodes.find((a: any) => a.code === '01').name;

    await rename(' (đổi tên)');
    const after = await get({ query: PROVINCE }, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const newName = ((await after.json()) as any).data.areas.nodes.find((a: any) => a.code === '01').name;
    expect(newName).toBe(`${oldName} (đổi tên)`);

    // POST answers come from the same cache and see the write too.
    const posted = await counting(() => api.query(PROVINCE));
    expect(posted.value.body.data.areas.nodes.find((a: any) => a.code === '01').name).toBe(newName);
    expect(posted.statements).toBe(0); // cached by the GET just before
    await rename('');
  });

  it('every table of published data raises the data version when written', async () => {
    const { rows } = await sql<{ table_name: string; triggers: number }>`
      select t.table_name, count(tr.trigger_name)::int as triggers
      from information_schema.tables t
      left join information_schema.triggers tr
        on tr.event_object_table = t.table_name and tr.action_statement like '%bump_data_version%'
      where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' and t.table_name not like 'kysely_%'
      group by t.table_name`.execute(api.database.db);
    const untracked = rows.filter((r) => r.triggers === 0).map((r) => r.table_name).sort();
    expect(untracked).toEqual([...DATA_VERSION_UNTRACKED_TABLES].sort());
    const version = async () => (await sql<{ v: string }>`select version::text as v from data_version`.execute(api.database.db)).rows[0]!.v;
    const v0 = await version();
    await sql`delete from area_name where false`.execute(api.database.db); // a statement, even one touching no row
    expect(BigInt(await version())).toBeGreaterThan(BigInt(v0));
  });

  it('answers with errors are not cached, nor stored by HTTP caches', async () => {
    const bad = '{ series(indicator: "dti_rank", area: "pre2025:99") { observations { value } } }'; // no such unit: looked up, then NOT_FOUND
    const first = await get({ query: bad });
    expect(first.headers.get('cache-control')).toBe('no-store');
    const again = await counting(() => get({ query: bad }));
    expect(again.statements).toBeGreaterThan(0); // executed again, not served from the cache
  });

  it('mutations and requests with an API key are never answered from the cache', async () => {
    const keyed = await counting(() =>
      fetch(`${api.url}?${new URLSearchParams({ query: PROVINCE })}`, { headers: { 'x-api-key': 'not-a-real-key' } }),
    );
    expect(keyed.versionReads).toBe(0);
    expect(keyed.statements).toBeGreaterThan(0);
    expect(keyed.value.headers.get('cache-control')).toBe('no-store');
  });
});

describe('persisted queries (automatic, by SHA-256)', () => {
  const query = '{ indicators { nodes { code } } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

  it('an unknown hash asks for the query; once sent, a GET names it by hash and is HTTP-cacheable', async () => {
    const unknown = await get({ extensions });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: JSON.parse(extensions) }),
    });
    expect(registered.status).toBe(200);

    const byHash = await get({ extensions });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as any).data.indicators.nodes.length).toBeGreaterThan(20);
    const etag = byHash.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get({ extensions }, { 'if-none-match': etag })).status).toBe(304);
  });

  it('a hash that is not the query’s is refused', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: JSON.parse(extensions) }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });
});
