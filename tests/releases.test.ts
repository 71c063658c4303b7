import { contentChecksum, createApiKey, createEgovYoga } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';
import { type Gql, yogaClient } from './support/yoga-client.js';

let database: TestDatabase;
let yoga: ReturnType<typeof createEgovYoga>;
let curator: string;
let admin: string;
let gql: (query: string, variables?: Record<string, unknown>, key?: string) => Promise<Gql>;

const RELEASE = 'name notes cutAt createdBy checksum counts { observations indicators areas sources } license { spdx } citation { text bibtex } downloads { csv }';
const NODE = 'figureKey revision valueText period indicatorCode reviewStatus area { code } dimensions { govLevel serviceLevel serviceMode settlement component }';

/** Every figure of a release (or the live data) through the API, page by page. */
async function allFigures(release?: string): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const r = await gql(`query($f: ObservationFilter, $after: String) { observations(filter: $f, first: 500, after: $after, orderBy: { field: ID }) { nodes { ${NODE} } pageInfo { hasNextPage endCursor } } }`, {
      f: release ? { release } : {},
      after,
    });
    expect(r.errors).toBeUndefined();
    nodes.push(...r.data.observations.nodes);
    if (!r.data.observations.pageInfo.hasNextPage) return nodes;
    after = r.data.observations.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  yoga = createEgovYoga(database.db);
  gql = yogaClient(yoga);
  curator = (await createApiKey(database.db, 'curator-an', 'curator')).key;
  admin = (await createApiKey(database.db, 'admin-chi', 'admin')).key;
});
afterAll(() => database.close());

describe('releases', () => {
  let release: any;
  let before: any[];

  it('cuts a named release of what is published, with counts, checksum, licence and citations', async () => {
    const r = await gql(`mutation { createRelease(name: "2026.1", notes: "First release") { ${RELEASE} } }`, {}, admin);
    expect(r.errors).toBeUndefined();
    release = r.data.createRelease;
    before = await allFigures('2026.1');
    expect(release).toMatchObject({ name: '2026.1', notes: 'First release', createdBy: 'admin-chi', license: { spdx: 'CC-BY-4.0' } });
    expect(release.counts.observations).toBe(before.length);
    expect(release.counts.indicators).toBe(new Set(before.map((n) => n.indicatorCode)).size);
    expect(before.length).toBeGreaterThan(100);
    expect(release.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(release.citation.text).toContain('release 2026.1');
    expect(release.citation.text).toContain(release.checksum);
    expect(release.citation.bibtex).toMatch(/^@misc\{egovvn_2026_1,[\s\S]*version = \{2026\.1\}/);
    expect(release.downloads.csv).toBe('/download/observations.csv?release=2026.1');
    const listed = await gql(`{ releases { nodes { name } } release(name: "2026.1") { checksum cutAt } }`);
    expect(listed.data).toEqual({ releases: { nodes: [{ name: '2026.1' }] }, release: { checksum: release.checksum, cutAt: release.cutAt } });
    // The audit log records who cut it.
    const audit = await database.db.selectFrom('audit_log').selectAll().where('target', '=', 'release:2026.1').execute();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['release.create', 'admin-chi']]);
  });

  it('answers the same, byte for byte, after later corrections, withdrawals and approvals', async () => {
    const RANKING = `{ ranking(indicator: "dti_rank", period: 2022, release: "2026.1") { rank valueText: value observation { figureKey revision } area { code } } }`;
    const rankingBefore = await gql(RANKING);
    expect(rankingBefore.errors).toBeUndefined();
    // A figure the ranking uses (where several pages report one province's rank, one of them is ranked).
    const ranked = new Set(rankingBefore.data.ranking.map((e: any) => e.observation.figureKey));
    const first = before.find((n) => n.indicatorCode === 'dti_rank' && n.period === 2022 && ranked.has(n.figureKey))!;
    const second = before.find((n) => n.period !== null && n.indicatorCode !== 'dti_rank')!;
    const newValue = first.valueText === '1' ? '2' : String(Number(first.valueText) - 1);
    const corrected = await gql(
      `mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { figureKey revision valueText } }`,
      { i: { figureKey: first.figureKey, expectedRevision: first.revision, value: newValue, reason: 'typo in the source' } },
      curator,
    );
    expect(corrected.errors).toBeUndefined();
    const withdrawn = await gql(`mutation { withdrawFigure(figureKey: "${second.figureKey}", expectedRevision: ${second.revision}, reason: "misread") { reviewStatus } }`, {}, curator);
    expect(withdrawn.errors).toBeUndefined();
    const candidate = await database.db.selectFrom('observation').select('natural_key').where('review_status', '=', 'CANDIDATE').where('superseded_at', 'is', null).executeTakeFirst();
    if (candidate) expect((await gql(`mutation { approveFigures(figureKeys: ["${candidate.natural_key}"]) { reviewStatus } }`, {}, curator)).errors).toBeUndefined();

    const live = await allFigures();
    expect(live.find((n) => n.figureKey === first.figureKey)).toMatchObject({ revision: first.revision + 1, valueText: newValue });
    expect(live.some((n) => n.figureKey === second.figureKey)).toBe(false);

    const after = await allFigures('2026.1');
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    const stored = await database.db.selectFrom('dataset_release').selectAll().executeTakeFirstOrThrow();
    expect(await contentChecksum(database.db, stored.moment)).toBe(release.checksum);

    // A ranking pinned to the release still ranks the old value; the live one the new.
    const rankingAfter = await gql(RANKING);
    expect(JSON.stringify(rankingAfter)).toBe(JSON.stringify(rankingBefore));
    const liveRanking = await gql(RANKING.replace(', release: "2026.1"', ''));
    expect(liveRanking.data.ranking.find((e: any) => e.observation.figureKey === first.figureKey).observation.revision).toBe(first.revision + 1);
  });

  it('refuses a reused or malformed name, a curator key, an unknown release and a release with other review statuses', async () => {
    const again = await gql(`mutation { createRelease(name: "2026.1", notes: "again") { name } }`, {}, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe('RELEASE_EXISTS');
    expect(again.status).toBe(409);
    const malformed = await gql(`mutation { createRelease(name: "latest", notes: "x") { name } }`, {}, admin);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INVALID_RELEASE');
    const noNotes = await gql(`mutation { createRelease(name: "2026.2", notes: "  ") { name } }`, {}, admin);
    expect(noNotes.errors?.[0]?.extensions?.code).toBe('INVALID_RELEASE');
    const byCurator = await gql(`mutation { createRelease(name: "2026.2", notes: "x") { name } }`, {}, curator);
    expect(byCurator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await gql(`{ observations(filter: { release: "1999.9" }) { totalCount } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'release' });
    const mixed = await gql(`{ observations(filter: { release: "2026.1", reviewStatus: [CANDIDATE] }) { totalCount } }`);
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownRanking = await gql(`{ ranking(indicator: "dti_score", period: 2022, release: "1999.9") { rank } }`);
    expect(unknownRanking.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists releases newest first, paged like every list', async () => {
    for (const name of ['2026.2', '2026.3']) expect((await gql(`mutation { createRelease(name: "${name}", notes: "n") { name } }`, {}, admin)).errors).toBeUndefined();
    const PAGE = `query($after: String, $before: String, $first: Int, $last: Int) { releases(first: $first, after: $after, last: $last, before: $before) {
      totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = (await gql(PAGE, { first: 2 })).data.releases;
    expect(first.nodes.map((r: any) => r.name)).toEqual(['2026.3', '2026.2']);
    expect([first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([3, true, false]);
    const next = (await gql(PAGE, { first: 2, after: first.pageInfo.endCursor })).data.releases;
    expect([next.nodes.map((r: any) => r.name), next.pageInfo.hasNextPage]).toEqual([['2026.1'], false]);
    const back = (await gql(PAGE, { last: 1, before: next.pageInfo.startCursor })).data.releases;
    expect([back.nodes.map((r: any) => r.name), back.pageInfo.hasPreviousPage]).toEqual([['2026.2'], true]);
    expect((await gql(PAGE, { first: 501 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('concurrent cuts: one name is cut once (the other is refused as existing), different names each get a checksum of their own content', async () => {
    const cut = (name: string) => gql(`mutation { createRelease(name: "${name}", notes: "concurrent") { name checksum cutAt } }`, {}, admin);
    const same = await Promise.all([cut('2027.1'), cut('2027.1'), cut('2027.1')]);
    expect(same.filter((r) => !r.errors).length).toBe(1);
    expect(same.filter((r) => r.errors).map((r) => r.errors![0]!.extensions!.code)).toEqual(['RELEASE_EXISTS', 'RELEASE_EXISTS']);
    const different = await Promise.all([cut('2027.2'), cut('2027.3')]);
    for (const r of different) {
      expect(r.errors).toBeUndefined();
      const stored = await database.db.selectFrom('dataset_release').selectAll().where('name', '=', r.data.createRelease.name).executeTakeFirstOrThrow();
      expect(await contentChecksum(database.db, stored.moment, stored.export_format)).toBe(r.data.createRelease.checksum);
    }
    const rows = await database.db.selectFrom('dataset_release').select('name').where('name', 'like', '2027.%').execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['2027.1', '2027.2', '2027.3']);
  });
});
