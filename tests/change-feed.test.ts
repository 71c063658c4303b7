import { buildApp, createApiKey } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let curator: string;

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables }, headers: key ? { authorization: `Bearer ${key}` } : {} });
  return res.json();
}
async function data(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const body = await gql(query, variables, key);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const CHANGE = 'at kind figureKey indicatorCode reason by before { figureKey revision valueText } after { figureKey revision valueText period indicatorCode area { code } }';

/** Pages through the feed from `since` (from the start when null). */
async function walk(since: string | null, args = '', size = 200): Promise<{ changes: any[]; end: string | null }> {
  const changes: any[] = [];
  let cursor = since;
  for (;;) {
    const d = await data(`query($s: String) { changes(since: $s, first: ${size}${args}) { nodes { ${CHANGE} } pageInfo { hasNextPage endCursor } } }`, { s: cursor });
    changes.push(...d.changes.nodes);
    cursor = d.changes.pageInfo.endCursor ?? cursor;
    if (!d.changes.pageInfo.hasNextPage) return { changes, end: cursor };
  }
}

/** The published data as the API gives it now: figure key → "revision value". */
async function published(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const d: any = await data(`query($a: String) { observations(first: 500, after: $a) { nodes { figureKey revision valueText } pageInfo { hasNextPage endCursor } } }`, { a: after });
    for (const n of d.observations.nodes) map.set(n.figureKey, `${n.revision} ${n.valueText}`);
    if (!d.observations.pageInfo.hasNextPage) return map;
    after = d.observations.pageInfo.endCursor;
  }
}

function replay(changes: readonly any[], state = new Map<string, string>()): Map<string, string> {
  for (const c of changes) {
    if (c.kind === 'WITHDRAWAL') state.delete(c.figureKey);
    else state.set(c.figureKey, `${c.after.revision} ${c.after.valueText}`);
  }
  return state;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = await buildApp({ db: database.db, databaseKind: database.kind });
  curator = (await createApiKey(database.db, 'curator-an', 'curator')).key;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('the change feed', () => {
  let start: { changes: any[]; end: string | null };
  let target: any;

  it('replayed from zero rebuilds the published data; a later sync from the cursor brings corrections and withdrawals with before and after', async () => {
    start = await walk(null);
    expect(start.changes.length).toBeGreaterThan(100);
    expect(start.changes.every((c) => c.kind === 'APPROVAL' || c.kind === 'CORRECTION' || c.kind === 'WITHDRAWAL')).toBe(true);
    expect([...start.changes.map((c) => c.at)]).toEqual([...start.changes.map((c) => c.at)].sort());
    expect(replay(start.changes)).toEqual(await published());

    target = start.changes.find((c) => c.kind === 'APPROVAL' && c.after.indicatorCode === 'dti_rank')!.after;
    const other = start.changes.find((c) => c.kind === 'APPROVAL' && c.after.indicatorCode !== 'dti_rank' && c.figureKey !== target.figureKey)!.after;
    const newValue = target.valueText === '1' ? '2' : String(Number(target.valueText) - 1);
    await data(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, { i: { figureKey: target.figureKey, expectedRevision: target.revision, value: newValue, reason: 'typo in the table' } }, curator);
    await data(`mutation { withdrawFigure(figureKey: "${other.figureKey}", expectedRevision: ${other.revision}, reason: "not in the source") { revision } }`, {}, curator);

    const sync = await walk(start.end);
    expect(sync.changes.map((c) => [c.kind, c.figureKey])).toEqual([
      ['CORRECTION', target.figureKey],
      ['WITHDRAWAL', other.figureKey],
    ]);
    expect(sync.changes[0]).toMatchObject({ reason: 'typo in the table', by: 'curator-an', before: { revision: target.revision, valueText: target.valueText }, after: { revision: target.revision + 1, valueText: newValue } });
    expect(sync.changes[1]).toMatchObject({ reason: 'not in the source', before: { figureKey: other.figureKey }, after: null });
    expect(replay(sync.changes, replay(start.changes))).toEqual(await published());
    expect(replay([...start.changes, ...sync.changes])).toEqual(replay((await walk(null)).changes));
  });

  it('updatedSince gives the figures published or corrected after a moment', async () => {
    const lastBefore = start.changes.at(-1)!.at;
    // `at` keeps its microseconds through the DateTime scalar, both ways: the same instant, not one rounded to ms.
    expect(lastBefore).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    const d = await data(`query($t: DateTime) { observations(filter: { updatedSince: $t }) { nodes { figureKey revision } } }`, { t: lastBefore });
    expect(d.observations.nodes).toEqual([{ figureKey: target.figureKey, revision: target.revision + 1 }]);
    for (const moment of ['yesterday', '2026-03-01T08:00:00', '2026-02-30T08:00:00Z']) {
      const bad = await gql(`query($t: DateTime) { observations(filter: { updatedSince: $t }) { totalCount } }`, { t: moment });
      expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('keeps its pages while figures are approved in between: new changes come at the end', async () => {
    const whole = (await walk(null, ', indicator: "dti_rank"', 500)).changes;
    const first = await data(`{ changes(first: 20, indicator: "dti_rank") { nodes { figureKey at } pageInfo { endCursor } } }`);
    // A correction between two pages: it is a change after every one read so far.
    const current = whole.filter((c) => c.kind !== 'WITHDRAWAL').at(-1)!.after;
    const next = await data(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision valueText } }`, { i: { figureKey: current.figureKey, expectedRevision: current.revision, value: current.valueText === '1' ? '2' : String(Number(current.valueText) - 1), reason: 'again' } }, curator);
    const second = await data(`query($s: String) { changes(since: $s, first: 20, indicator: "dti_rank") { nodes { figureKey at } } }`, { s: first.changes.pageInfo.endCursor });
    expect([...first.changes.nodes, ...second.changes.nodes]).toEqual(whole.slice(0, 40).map((c) => ({ figureKey: c.figureKey, at: c.at })));
    const tail = (await walk(null, ', indicator: "dti_rank"', 500)).changes;
    expect(tail.slice(0, whole.length)).toEqual(whole);
    expect(tail.at(-1)).toMatchObject({ kind: 'CORRECTION', after: { revision: next.correctFigure.revision } });
  });

  it('refuses a cursor from another filter, first with last, since with after, an unknown indicator', async () => {
    const page = await data(`{ changes(first: 5, indicator: "dti_rank") { pageInfo { endCursor } } }`);
    const other = await gql(`query($s: String) { changes(since: $s, first: 5, indicator: "dti_score") { nodes { at } } }`, { s: page.changes.pageInfo.endCursor });
    expect(other.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_FOR_ANOTHER_QUERY' });
    const both = await gql(`{ changes(first: 5, last: 5) { nodes { at } } }`);
    expect(both.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const sinceAfter = await gql(`query($s: String) { changes(since: $s, after: $s, first: 5, indicator: "dti_rank") { nodes { at } } }`, { s: page.changes.pageInfo.endCursor });
    expect(sinceAfter.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'since' });
    const unknown = await gql(`{ changes(indicator: "nope") { nodes { at } } }`);
    expect(unknown.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a JSON Feed per indicator for feed readers, newest first', async () => {
    const res = await app.inject({ method: 'GET', url: '/feeds/dti_rank.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = res.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    const dates = feed.items.map((i: any) => i.date_published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.items[0]).toMatchObject({ title: expect.stringMatching(/^Corrected: dti_rank /), _egov: { kind: 'CORRECTION' } });
    expect(feed.items[0].content_text).toContain('Reason: again');
    expect(feed.items[0].url).toMatch(/\/figures\/[0-9a-f]{32}\.\d+$/);
    expect((await app.inject({ method: 'GET', url: '/feeds/nope.json' })).statusCode).toBe(404);
  });
});
