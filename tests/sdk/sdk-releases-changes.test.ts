import { createHash } from 'node:crypto';
import { createApiKey } from '@egov-vn/api';
import { type Change, changes, createClient, type EgovClient, EgovGraphQLError, latestRelease, type Observation, release, releases } from '@egov-vn/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/test-server.js';

// The release and change-feed helpers of the SDK against the real API over HTTP
// (run on PGlite and on PostgreSQL); what they return is checked against the
// API's own answers, not against copies of the data.

const api = useTestServer();
let egov: EgovClient;
let curator: EgovClient;
let admin: EgovClient;

beforeAll(async () => {
  egov = createClient({ endpoint: api.url });
  const key = async (name: string, role: 'admin' | 'curator') => (await createApiKey(api.database.db, name, role)).key;
  admin = createClient({ endpoint: api.url, headers: { authorization: `Bearer ${await key('admin-chi', 'admin')}` } });
  curator = createClient({ endpoint: api.url, headers: { authorization: `Bearer ${await key('curator-an', 'curator')}` } });
});

const cut = (name: string) => admin.query(`mutation($n: String!) { createRelease(name: $n, notes: "cut by the SDK test") { name } }`, { n: name });

/** One figure's state: "revision value". */
const state = (o: Observation) => `${o.revision} ${o.valueText}`;

/** The figures the API publishes now, keyed by figure. */
async function published(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for await (const o of egov.observations({}, { pageSize: 500 })) map.set(o.figureKey, state(o));
  return map;
}

function replay(feed: readonly Change[], into = new Map<string, string>()): Map<string, string> {
  for (const c of feed) {
    if (c.after) into.set(c.figureKey, state(c.after));
    else into.delete(c.figureKey);
  }
  return into;
}

describe('releases', () => {
  it('lists releases newest first page by page, gets one by name and the latest; a release keeps its data after a correction', async () => {
    expect(await latestRelease(egov)).toBeNull();
    await expect(releases(egov).count()).resolves.toBe(0);

    await cut('2026.1');
    const [figure] = await egov.observations({ indicator: 'dti_score', period: 2022, area: '48' }).toArray({ limit: 1 });
    const corrected = String(Math.round(Number(figure!.valueText) * 5_000) / 10_000); // halved: a score stays within [0, 1]
    await curator.query(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, {
      i: { figureKey: figure!.figureKey, expectedRevision: figure!.revision, value: corrected, reason: 'SDK test' },
    });
    await cut('2026.2');

    const listed = [];
    for await (const page of releases(egov, { pageSize: 1 }).pages()) {
      expect(page.items).toHaveLength(1);
      listed.push(...page.items);
    }
    expect(listed.map((r) => r.name)).toEqual(['2026.2', '2026.1']);
    await expect(releases(egov).count()).resolves.toBe(2);
    const first = await release(egov, '2026.1');
    expect(first).toEqual(listed[1]);
    expect(await latestRelease(egov)).toEqual(listed[0]);
    expect(first).toMatchObject({ notes: 'cut by the SDK test', createdBy: 'admin-chi', license: { spdx: 'CC-BY-4.0' } });
    expect(first.counts.observations).toBe(await egov.observations({ release: '2026.1' }).count());
    expect(first.citation.bibtex).toContain('2026.1');

    // The addresses are absolute, and the CSV's sha256 is the checksum.
    expect(first.downloads.csv).toBe(`${api.origin}/download/observations.csv?release=2026.1`);
    const csv = Buffer.from(await (await fetch(first.downloads.csv)).arrayBuffer());
    expect(createHash('sha256').update(csv).digest('hex')).toBe(first.checksum);
    expect(listed[0]!.checksum).not.toBe(first.checksum);

    // The release answers with the value it was cut with; the live data with the correction.
    const valueOf = async (release?: string) => {
      const figures = await egov.observations({ indicator: 'dti_score', period: 2022, area: '48', release }).toArray({ limit: 100 });
      return figures.filter((o) => o.figureKey === figure!.figureKey).map((o) => o.valueText);
    };
    expect(await valueOf('2026.1')).toEqual([figure!.valueText]);
    expect(await valueOf('2026.2')).toEqual([corrected]);
    expect(await valueOf()).toEqual([corrected]);

    const missing = await release(egov, '2031.9').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(EgovGraphQLError);
    expect((missing as EgovGraphQLError).serverCode).toBe('NOT_FOUND');
  });
});

describe('changes()', () => {
  it('iterates the whole feed across pages; replayed from zero it rebuilds the published data', async () => {
    const feed: Change[] = [];
    for await (const change of changes(egov, { pageSize: 250 })) feed.push(change);
    expect(feed.length).toBeGreaterThan(250);
    expect(feed.map((c) => c.at)).toEqual(feed.map((c) => c.at).sort());
    expect(new Set(feed.map((c) => c.cursor)).size).toBe(feed.length);
    expect(replay(feed)).toEqual(await published());
    await expect(changes(egov).count()).resolves.toBe(feed.length);
  });

  it('resumes from a kept cursor: a run stopped midway and resumed sees each change once; a later sync brings only what changed since', async () => {
    const whole: Change[] = [];
    for await (const c of changes(egov, { pageSize: 250 })) whole.push(c);

    // A first run stops after 123 changes (pages of 50), keeping the cursor of the last one applied.
    const resumed: Change[] = [];
    let cursor: string | null = null;
    for await (const c of changes(egov, { pageSize: 50 })) {
      resumed.push(c);
      cursor = c.cursor;
      if (resumed.length === 123) break;
    }
    for await (const c of changes(egov, { since: cursor, pageSize: 50 })) {
      resumed.push(c);
      cursor = c.cursor;
    }
    expect(resumed.map((c) => c.cursor)).toEqual(whole.map((c) => c.cursor));

    // Nothing new: the feed from the last cursor is empty.
    expect(await changes(egov, { since: cursor }).toArray({ limit: 10 })).toEqual([]);

    const target = whole.findLast((c) => c.after?.indicator === 'dti_rank' && c.after.isCurrent)!.after!;
    const value = target.valueText === '1' ? '2' : String(Number(target.valueText) - 1);
    await curator.query(`mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }`, {
      i: { figureKey: target.figureKey, expectedRevision: target.revision, value, reason: 'misread rank' },
    });
    await curator.query(`mutation($k: String!, $r: Int!) { withdrawFigure(figureKey: $k, expectedRevision: $r, reason: "not in the source") { revision } }`, {
      k: target.figureKey,
      r: target.revision + 1,
    });
    const sync = await changes(egov, { since: cursor }).toArray({ limit: 10 });
    expect(sync.map((c) => [c.kind, c.figureKey])).toEqual([
      ['CORRECTION', target.figureKey],
      ['WITHDRAWAL', target.figureKey],
    ]);
    expect(sync[0]).toMatchObject({ indicator: 'dti_rank', by: 'curator-an', reason: 'misread rank', before: { id: target.id, valueText: target.valueText }, after: { revision: target.revision + 1, valueText: value } });
    expect(sync[0]!.after!.provenance.sourceId).toBe(target.provenance.sourceId);
    expect(sync[1]).toMatchObject({ kind: 'WITHDRAWAL', reason: 'not in the source', after: null, before: { revision: target.revision + 1 } });
    expect(replay(sync, replay(whole))).toEqual(await published());

    // Filtered by indicator: only that indicator's changes, in the same order as the whole feed.
    const ranks = await changes(egov, { indicator: 'dti_rank', pageSize: 100 }).toArray({ limit: 10_000 });
    expect(ranks.map((c) => c.figureKey)).toEqual([...whole, ...sync].filter((c) => c.indicator === 'dti_rank').map((c) => c.figureKey));
  });
});
