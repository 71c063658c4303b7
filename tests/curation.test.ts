import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey, createEgovYoga, ingestDocuments, listForReview, readDocumentFile } from '@egov-vn/api';
import { buildAreaIndex, extractObservations } from '@egov-vn/api/extraction';
import { loadAreas } from '@egov-vn/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';
import { yogaClient } from './support/yoga-client.js';

const ARTICLE = `Tỉnh Lào Cai đẩy mạnh ứng dụng CNTT

15/03/2016 08:00
Đến nay, 98% cán bộ, công chức cấp tỉnh được trang bị máy tính. Toàn tỉnh có 120.500 thuê bao internet.
Năm 2015 tỉnh có 45 cán bộ chuyên trách CNTT, 45 người đã qua đào tạo.
Chỉ số DTI của tỉnh năm 2022 đứng thứ 12.`;

let database: TestDatabase;
let yoga: ReturnType<typeof createEgovYoga>;
let curator: string;
let curator2: string;
let admin: string;
let sourceHash: string;

let gql: ReturnType<typeof yogaClient>;

const FIGURE = 'figureKey revision value period reviewStatus changedBy changeReason reviewedBy';

beforeAll(async () => {
  database = await openTestDatabase();
  yoga = createEgovYoga(database.db);
  gql = yogaClient(yoga);
  curator = (await createApiKey(database.db, 'curator-an', 'curator')).key;
  curator2 = (await createApiKey(database.db, 'curator-binh', 'curator')).key;
  admin = (await createApiKey(database.db, 'admin-chi', 'admin')).key;
  const path = join(mkdtempSync(join(tmpdir(), 'egov-curation-')), 'lao-cai.txt');
  writeFileSync(path, ARTICLE);
  const text = readDocumentFile(path);
  const [report] = await ingestDocuments(database.db, [{ path, text, extraction: extractObservations(text, { areas: buildAreaIndex(loadAreas('pre2025')) }) }]);
  sourceHash = report!.sourceHash;
});
afterAll(() => database.close());

async function candidate(indicator: string) {
  const rows = await listForReview(database.db, { sourceHash });
  const row = rows.find((r) => r.indicator_code === indicator);
  expect(row, indicator).toBeDefined();
  return row!;
}

describe('keyed writes, open reads', () => {
  it('reads need no key; a mutation without one, or with a wrong or revoked one, is refused with 401', async () => {
    expect((await gql('{ indicators(first: 1) { totalCount } }')).data.indicators.totalCount).toBeGreaterThan(0);
    const c = await candidate('officials_with_computer_pct');
    const approve = `mutation($k: [String!]!) { approveFigures(figureKeys: $k) { ${FIGURE} } }`;
    for (const key of [undefined, 'egov_000000000000_' + 'x'.repeat(43), 'nonsense']) {
      const res = await gql(approve, { k: [c.natural_key] }, key);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { key, row } = await createApiKey(database.db, 'soon-revoked', 'curator');
    await database.db.updateTable('api_key').set({ revoked_at: new Date() }).where('id', '=', row.id).execute();
    const revoked = await gql(approve, { k: [c.natural_key] }, key);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.message).toMatch(/revoked/);
    expect((await listForReview(database.db, { sourceHash })).some((r) => r.natural_key === c.natural_key)).toBe(true);
  });

  it('keys are never stored in clear', async () => {
    const rows = await database.db.selectFrom('api_key').selectAll().execute();
    const dump = JSON.stringify(rows);
    for (const key of [curator, curator2, admin]) {
      const secret = key.split('_').slice(2).join('_');
      expect(secret.length).toBeGreaterThan(40);
      expect(dump).not.toContain(secret);
    }
  });
});

describe('curator actions', () => {
  it('approve publishes a candidate once; reject keeps one private', async () => {
    const pct = await candidate('officials_with_computer_pct');
    const subs = await candidate('internet_subscribers');
    const approved = await gql(`mutation($k: [String!]!) { approveFigures(figureKeys: $k) { ${FIGURE} } }`, { k: [pct.natural_key] }, curator);
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveFigures[0]).toMatchObject({ revision: 1, reviewStatus: 'APPROVED', reviewedBy: 'curator-an' });
    const rejected = await gql(`mutation($k: [String!]!) { rejectFigures(figureKeys: $k) { ${FIGURE} } }`, { k: [subs.natural_key] }, curator);
    expect(rejected.data.rejectFigures[0].reviewStatus).toBe('REJECTED');
    // A published figure is withdrawn, not rejected.
    const again = await gql(`mutation($k: [String!]!) { rejectFigures(figureKeys: $k) { ${FIGURE} } }`, { k: [pct.natural_key] }, curator);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_REVIEW');
  });

  it('a correction is a new version with reason and author; revisions show every version', async () => {
    const key = (await database.db.selectFrom('observation').select('natural_key').where('indicator_code', '=', 'officials_with_computer_pct').where('reviewed_by', '=', 'curator-an').executeTakeFirstOrThrow()).natural_key;
    const corrected = await gql(
      `mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { ${FIGURE} revisions { ${FIGURE} isCurrent } } }`,
      { i: { figureKey: key, expectedRevision: 1, value: '97', reason: 'the ministry report says 97%' } },
      curator,
    );
    expect(corrected.errors).toBeUndefined();
    const figure = corrected.data.correctFigure;
    expect(figure).toMatchObject({ revision: 2, value: 97, reviewStatus: 'APPROVED', changedBy: 'curator-an', changeReason: 'the ministry report says 97%' });
    expect(figure.revisions.map((r: any) => [r.revision, r.value, r.isCurrent])).toEqual([
      [1, 98, false],
      [2, 97, true],
    ]);
    // The public list shows the correction only.
    const listed = await gql(`{ observations(filter: { indicator: "officials_with_computer_pct", area: "10" }) { nodes { figureKey value } } }`);
    expect(listed.data.observations.nodes.filter((n: any) => n.figureKey === key).map((n: any) => n.value)).toEqual([97]);
  });

  it('two curators editing one figure: the second gets CONFLICT naming the current revision, nothing is lost', async () => {
    const key = (await database.db.selectFrom('observation').select('natural_key').where('indicator_code', '=', 'officials_with_computer_pct').where('changed_by', '=', 'curator-an').executeTakeFirstOrThrow()).natural_key;
    const edit = (k: string, value: string) =>
      gql(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { ${FIGURE} } }`, { i: { figureKey: key, expectedRevision: 2, value, reason: `set to ${value}` } }, k);
    const results = await Promise.all([edit(curator, '96'), edit(curator2, '95')]);
    const ok = results.filter((r) => !r.errors);
    const conflict = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.status).toBe(409);
    expect(conflict[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3 });
    const history = await database.db.selectFrom('observation').select(['revision', 'value']).where('natural_key', '=', key).orderBy('revision').execute();
    expect(history.map((h) => h.revision)).toEqual([1, 2, 3]);
    expect(Number(history[2]!.value)).toBe(Number(ok[0]!.data.correctFigure.value));
  });

  it('withdraw is a version too: the figure leaves the public data and stays in history', async () => {
    const key = (await database.db.selectFrom('observation').select('natural_key').where('indicator_code', '=', 'officials_with_computer_pct').where('changed_by', 'is not', null).executeTakeFirstOrThrow()).natural_key;
    const stale = await gql(`mutation { withdrawFigure(figureKey: "${key}", expectedRevision: 2, reason: "duplicate") { revision } }`, {}, curator);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3 });
    const res = await gql(`mutation { withdrawFigure(figureKey: "${key}", expectedRevision: 3, reason: "the article was retracted") { ${FIGURE} revisions { revision reviewStatus } } }`, {}, curator2);
    expect(res.errors).toBeUndefined();
    expect(res.data.withdrawFigure).toMatchObject({ revision: 4, reviewStatus: 'WITHDRAWN', changedBy: 'curator-binh', changeReason: 'the article was retracted' });
    expect(res.data.withdrawFigure.revisions.map((r: any) => r.reviewStatus)).toEqual(['APPROVED', 'APPROVED', 'APPROVED', 'WITHDRAWN']);
    const listed = await gql(`{ observations(filter: { indicator: "officials_with_computer_pct", area: "10" }) { nodes { figureKey } } }`);
    expect(listed.data.observations.nodes.map((n: any) => n.figureKey)).not.toContain(key);
    const rows = await database.db.selectFrom('observation').select('id').where('natural_key', '=', key).execute();
    expect(rows).toHaveLength(4);
  });

  it('adds a missed figure by its quote, verified against the stored text', async () => {
    const add = (input: Record<string, unknown>) =>
      gql(`mutation($i: AddFigureInput!) { addFigure(input: $i) { ${FIGURE} quote quoteStart quoteEnd } }`, { i: { source: sourceHash.slice(0, 16), area: '10', ...input } }, curator);
    const res = await add({ indicatorCode: 'it_staff_count', period: 2015, value: '45', quote: '45 cán bộ chuyên trách CNTT', reason: 'missed by the extractor' });
    expect(res.errors).toBeUndefined();
    const f = res.data.addFigure;
    expect(f).toMatchObject({ revision: 1, value: 45, period: 2015, reviewStatus: 'APPROVED', changedBy: 'curator-an' });
    expect(ARTICLE.normalize('NFC').slice(f.quoteStart, f.quoteEnd)).toBe('45 cán bộ chuyên trách CNTT');
    // The same figure twice is a conflict, not a duplicate.
    const twice = await add({ indicatorCode: 'it_staff_count', period: 2015, value: '45', quote: '45 cán bộ chuyên trách CNTT' });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // By offsets.
    const start = ARTICLE.indexOf('45 người');
    const byOffsets = await add({ indicatorCode: 'it_trainees', period: 2015, value: '45', quoteStart: start, quoteEnd: start + 8 });
    expect(byOffsets.data.addFigure.quote).toBe('45 người');
  });

  it('refuses what cannot be true with a clear, coded error', async () => {
    const add = (input: Record<string, unknown>) =>
      gql(`mutation($i: AddFigureInput!) { addFigure(input: $i) { figureKey } }`, { i: { source: sourceHash, area: '10', period: 2015, ...input } }, curator);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ indicatorCode: 'officials_with_computer_pct', dimensions: { govLevel: 'PROVINCE' }, value: '120', quote: '98%' }, 'VALUE_OUT_OF_RANGE', /outside 0–100/],
      [{ indicatorCode: 'internet_subscribers', value: '-5', quote: '120.500 thuê bao internet' }, 'VALUE_OUT_OF_RANGE', /negative/],
      [{ indicatorCode: 'dti_rank', dimensions: { component: 'OVERALL' }, value: '64', period: 2022, quote: 'đứng thứ 12' }, 'RANK_OUT_OF_RANGE', /between 1 and 63/],
      [{ indicatorCode: 'no_such_indicator', value: '1', quote: '98%' }, 'UNKNOWN_INDICATOR', /no_such_indicator/],
      [{ indicatorCode: 'it_staff_count', value: '45', area: '999', quote: '45 người' }, 'UNKNOWN_AREA', /999/],
      [{ indicatorCode: 'it_staff_count', value: '45', period: 2099, status: 'ACTUAL', quote: '45 người' }, 'FUTURE_ACTUAL', /2099/],
      [{ indicatorCode: 'it_staff_count', value: '45', quote: '46 cán bộ' }, 'QUOTE_NOT_IN_TEXT', /not in the source text/],
      [{ indicatorCode: 'it_staff_count', value: '45', quote: '45' }, 'AMBIGUOUS_QUOTE', /more than once/],
      [{ indicatorCode: 'it_staff_count', value: '45', quote: '45 người', quoteStart: 0, quoteEnd: 8 }, 'QUOTE_NOT_IN_TEXT', /not the quote/],
      [{ indicatorCode: 'it_staff_count', value: '45', quote: '45 người', source: 'ffffffffffffffff' }, 'SOURCE_NOT_FOUND', /no source/],
    ];
    for (const [input, code, message] of cases) {
      const res = await add(input);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const key = (await database.db.selectFrom('observation').select('natural_key').where('indicator_code', '=', 'it_staff_count').where('changed_by', '=', 'curator-an').executeTakeFirstOrThrow()).natural_key;
    const correct = (i: Record<string, unknown>) => gql(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, { i: { figureKey: key, expectedRevision: 1, reason: 'r', ...i } }, curator);
    expect((await correct({ value: '-1' })).errors?.[0]?.extensions?.code).toBe('VALUE_OUT_OF_RANGE');
    expect((await correct({ period: 2999 })).errors?.[0]?.extensions?.code).toBe('INVALID_VALUE');
    expect((await correct({ value: '45' })).errors?.[0]?.extensions?.code).toBe('NOTHING_CHANGED');
    expect((await correct({ value: '46', reason: ' ' })).errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');
  });
});

describe('audit log', () => {
  it('records every write with who, what, before and after; only admins read it; it cannot be changed', async () => {
    const q = `{ auditLog(first: 100) { totalCount nodes { actor action target before after } } }`;
    expect((await gql(q)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forbidden = await gql(q, {}, curator);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await gql(q, {}, admin);
    expect(res.errors).toBeUndefined();
    const entries = res.data.auditLog.nodes as { actor: string; action: string; target: string; before: string | null; after: string | null }[];
    // approve, reject, correct, the winning concurrent correct, withdraw, two additions: refused writes leave no entry.
    expect(entries.map((e) => e.action).sort()).toEqual(['add', 'add', 'approve', 'correct', 'correct', 'reject', 'withdraw']);
    expect(res.data.auditLog.totalCount).toBe(7);
    const correction = entries.find((e) => e.action === 'correct' && JSON.parse(e.after!).value === '97')!;
    expect(correction.actor).toBe('curator-an');
    expect(JSON.parse(correction.before!)).toMatchObject({ revision: 1, value: '98' });
    const withdrawal = entries.find((e) => e.action === 'withdraw')!;
    expect(withdrawal.actor).toBe('curator-binh');
    expect(JSON.parse(withdrawal.after!)).toMatchObject({ reviewStatus: 'WITHDRAWN', changeReason: 'the article was retracted' });
    await expect(sql`update audit_log set actor = 'someone else'`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
