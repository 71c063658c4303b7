import { applyDecisions, createApiKey, createEgovYoga } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

const URL_A = 'https://example.gov.vn/tin-tuc/lao-cai-cntt';
const V1 = `Tỉnh Lào Cai đẩy mạnh ứng dụng CNTT

15/03/2016 08:00
Đến nay, 98% cán bộ, công chức cấp tỉnh được trang bị máy tính. Toàn tỉnh có 120.500 thuê bao internet.`;
// The same article corrected: 98 % → 97 %, the subscriber count gone, a new sentence.
const V2 = `Tỉnh Lào Cai đẩy mạnh ứng dụng CNTT

15/03/2016 08:00
Đến nay, 97% cán bộ, công chức cấp tỉnh được trang bị máy tính.
Toàn tỉnh có 15.000 thuê bao băng rộng cố định.`;

let database: TestDatabase;
let yoga: ReturnType<typeof createEgovYoga>;
let key: string;

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await yoga.fetch('http://t/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const ADD = `mutation($i: AddSourceInput!) { addSource(input: $i) { source { contentHash url } previousVersion { contentHash } candidates inserted revised unchanged vanished } }`;

async function currentOfLineage(indicator: string) {
  return database.db
    .selectFrom('observation as o')
    .innerJoin('source_document as s', 's.id', 'o.source_id')
    .select(['o.natural_key', 'o.revision', 'o.value', 'o.review_status', 's.content_hash'])
    .where('s.url', '=', URL_A)
    .where('o.indicator_code', '=', indicator)
    .where('o.superseded_at', 'is', null)
    .execute();
}

beforeAll(async () => {
  database = await openTestDatabase();
  yoga = createEgovYoga(database.db);
  key = (await createApiKey(database.db, 'curator-an', 'curator')).key;
});
afterAll(() => database.close());

describe('sources and their versions', () => {
  it('stores a source with its metadata and candidates, audited', async () => {
    const res = await gql(ADD, { i: { text: V1, url: URL_A, publisher: 'Báo Lào Cai', publishedAt: '2016-03-15', title: 'Lào Cai đẩy mạnh CNTT', licence: 'all rights reserved' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.addSource).toMatchObject({ source: { url: URL_A }, previousVersion: null, inserted: 2 });
    const stored = await database.db.selectFrom('source_document').select(['licence', 'publisher', 'published_at', 'added_by']).where('url', '=', URL_A).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ licence: 'all rights reserved', publisher: 'Báo Lào Cai', added_by: 'curator-an' });
    const bad = await gql(ADD, { i: { text: V1, url: URL_A, publishedAt: '2016-13-45' } });
    // publishedAt is a Date: an impossible day is refused before the mutation runs, like every Date argument.
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const keys = (await database.db.selectFrom('observation as o').innerJoin('source_document as s', 's.id', 'o.source_id').select('o.natural_key').where('s.url', '=', URL_A).execute()).map((r) => r.natural_key);
    const approved = await gql(`mutation($k: [String!]!) { approveFigures(figureKeys: $k) { reviewStatus } }`, { k: keys });
    expect(approved.data.approveFigures.map((f: any) => f.reviewStatus)).toEqual(['APPROVED', 'APPROVED']);
    const audit = await database.db.selectFrom('audit_log').select(['action', 'actor']).execute();
    expect(audit.map((a) => a.action)).toEqual(['add-source', 'approve', 'approve']);
  });

  it('the same address with a corrected text is a new version: changed figures are revisions, vanished ones are listed, never two current figures', async () => {
    const res = await gql(ADD, { i: { text: V2, url: URL_A, publisher: 'Báo Lào Cai', publishedAt: '2016-03-15' } });
    expect(res.errors).toBeUndefined();
    const r = res.data.addSource;
    expect(r.previousVersion).not.toBeNull();
    expect(r).toMatchObject({ revised: 1, unchanged: 0, vanished: 1 });
    expect(r.inserted).toBeGreaterThanOrEqual(1);
    const versions = await gql(`query($h: ID!) { source(id: $h) { previousVersion { contentHash previousVersion { contentHash } } } }`, { h: r.source.contentHash });
    expect(versions.data.source.previousVersion).toEqual({ contentHash: r.previousVersion.contentHash, previousVersion: null });

    const pct = await currentOfLineage('officials_with_computer_pct');
    expect(pct).toHaveLength(1);
    expect(pct[0]).toMatchObject({ revision: 2, review_status: 'CANDIDATE', content_hash: r.source.contentHash });
    expect(Number(pct[0]!.value)).toBe(97);
    const history = await gql(`query($id: ID!) { node(id: $id) { ... on Observation { revisions { revision value reviewStatus changedBy changeReason source { contentHash } } } } }`, {
      id: Buffer.from(`Observation:${pct[0]!.natural_key}.2`).toString("base64"),
    });
    const revisions = history.data.node.revisions;
    expect(revisions.map((v: any) => [v.revision, v.value, v.reviewStatus])).toEqual([
      [1, 98, 'APPROVED'],
      [2, 97, 'CANDIDATE'],
    ]);
    expect(revisions[1].changeReason).toMatch(/says 97 \(was 98\)/);
    expect(revisions[0].source.contentHash).toBe(r.previousVersion.contentHash);

    // The subscriber count is no longer in the text: it stays published, listed for withdrawal.
    const subs = await currentOfLineage('internet_subscribers');
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ review_status: 'APPROVED', content_hash: r.previousVersion.contentHash });

    // Re-running the same ingest changes nothing.
    const again = await gql(ADD, { i: { text: V2, url: URL_A } });
    expect(again.data.addSource).toMatchObject({ previousVersion: null, inserted: 0, revised: 0 });
    expect(await currentOfLineage('officials_with_computer_pct')).toHaveLength(1);
  });

  it('a stale decision is reported, never fatal; a decided figure keeps its state', async () => {
    const [pct] = await currentOfLineage('officials_with_computer_pct');
    const [subs] = await currentOfLineage('internet_subscribers');
    const decision = (figureKey: string, d: 'APPROVED' | 'REJECTED') => ({ figureKey, decision: d, source: '', indicator: '', areaCode: '', period: null, value: '', quote: '' });
    const result = await database.db
      .transaction()
      .execute((trx) => applyDecisions(trx, [decision(pct!.natural_key, 'APPROVED'), decision(subs!.natural_key, 'REJECTED'), decision('0'.repeat(32), 'APPROVED')]));
    expect(result).toEqual({ applied: 2, decided: 1, missing: ['0'.repeat(32)] });
    expect((await currentOfLineage('officials_with_computer_pct'))[0]!.review_status).toBe('APPROVED');
    expect((await currentOfLineage('internet_subscribers'))[0]!.review_status).toBe('APPROVED');
  });
});
