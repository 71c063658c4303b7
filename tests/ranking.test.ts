import { loadIndexObservations } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

const TABLE = `kind edition methodology geography fieldSize coverage { ranked total ratio threshold }
  entries { rank tied value area { code name } } unranked { code }`;

describe('published ranks are served as published', () => {
  it('DTI 2022: Trà Vinh is 25 of 63, the tie at 15 is kept, and nothing is re-ranked', async () => {
    const { status, body } = await api.query(`{ rankingTable(indicator: "dti_rank", period: 2022) { ${TABLE} } }`);
    expect(status).toBe(200);
    const t = body.data.rankingTable;
    expect(t).toMatchObject({ kind: 'PUBLISHED', edition: 'DTI 2022', geography: 'pre2025', fieldSize: 63, coverage: { ranked: 63, total: 63, ratio: 1 } });
    expect(t.entries.find((e: any) => e.area.code === '84')).toMatchObject({ rank: 25, tied: false });
    expect(t.entries.filter((e: any) => e.tied).map((e: any) => e.rank)).toEqual([15, 15]);
    expect(t.unranked).toEqual([]);
  });

  it('a partial published ranking keeps the published ranks and lists the provinces without one (DTI 2021, tie at 12)', async () => {
    const { body } = await api.query(`{ rankingTable(indicator: "dti_rank", period: 2021) { ${TABLE} } }`);
    const t = body.data.rankingTable;
    expect(t.kind).toBe('PUBLISHED');
    expect(t.coverage.ranked).toBeLessThan(63);
    expect(t.coverage.ranked + t.unranked.length).toBe(63);
    // Thanh Hóa (38) and Vĩnh Phúc (26) were both published as 12th.
    const twelfth = t.entries.filter((e: any) => e.rank === 12);
    expect(twelfth.map((e: any) => e.area.code).sort()).toEqual(['26', '38']);
    expect(twelfth.every((e: any) => e.tied)).toBe(true);
    // Ninh Bình's published rank, never its position among the provinces we have.
    const published = loadIndexObservations().observations.find(
      (o) => o.indicator === 'dti_rank' && o.period === 2021 && o.areaCode === '37' && o.dimensions.component === 'OVERALL',
    );
    if (published) expect(t.entries.find((e: any) => e.area.code === '37')?.rank).toBe(Number(published.value));
    expect(t.entries.map((e: any) => e.rank)).toEqual([...t.entries.map((e: any) => e.rank)].sort((a: number, b: number) => a - b));
  });
});

describe('orderings computed from values say so, with their coverage', () => {
  it('refuses a computed ordering below the coverage threshold, naming what is missing', async () => {
    const { status, body } = await api.query('{ ranking(indicator: "dti_score", period: 2022) { rank } }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ ranking: null });
    const ext = body.errors![0]!.extensions as any;
    expect(ext).toMatchObject({ code: 'INSUFFICIENT_COVERAGE', total: 63, publishedRanking: 'dti_rank' });
    expect(ext.ranked).toBeLessThan(ext.threshold * 63);
    expect(ext.missing).toHaveLength(63 - ext.ranked);
  });

  it('serves it with allowPartial, labelled COMPUTED with n of N and the units without a value', async () => {
    const { body } = await api.query(`{ rankingTable(indicator: "dti_score", period: 2022, allowPartial: true) { ${TABLE} } }`);
    const t = body.data.rankingTable;
    expect(t.kind).toBe('COMPUTED');
    expect(t.coverage.total).toBe(63);
    expect(t.coverage.ranked).toBe(t.entries.length);
    expect(t.coverage.ratio).toBeCloseTo(t.entries.length / 63);
    expect(t.unranked).toHaveLength(63 - t.entries.length);
    const values = t.entries.map((e: any) => e.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    expect(t.entries[0].rank).toBe(1);
  });

  it('serves a computed ordering above the threshold without allowPartial (2017 e-government score, 53 of 63)', async () => {
    const { body } = await api.query(`{ rankingTable(indicator: "egov_it_score", period: 2017) { ${TABLE} } }`);
    expect(body.errors).toBeUndefined();
    const t = body.data.rankingTable;
    expect(t).toMatchObject({ kind: 'COMPUTED', fieldSize: 63 });
    expect(t.coverage.ratio).toBeGreaterThanOrEqual(t.coverage.threshold);
  });
});

describe('no silent empty ranking', () => {
  it('a period without figures is NOT_FOUND and names the periods with some', async () => {
    const { body } = await api.query('{ ranking(indicator: "dti_rank", period: 1999) { rank } }');
    expect(body.data).toEqual({ ranking: null });
    const ext = body.errors![0]!.extensions as any;
    expect(ext.code).toBe('NOT_FOUND');
    expect(ext.periodsWithData).toEqual(expect.arrayContaining([2020, 2021, 2022, 2023, 2024]));
    expect(body.errors![0]!.message).toContain('2022');
  });
});
