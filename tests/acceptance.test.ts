import { loadIndexObservations } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

describe('acceptance queries over HTTP', () => {
  it('answers the issue query exactly as written', async () => {
    const { status, body } = await api.query(`{
      observations(filter: { indicator: "officials_with_computer_pct", area: "17" }, first: 10) {
        totalCount
        edges { node { value qualifier status period dimensions { govLevel } quote
                       area { code name } source { title publishedAt } } }
      }
      ranking(indicator: "dti_rank", period: 2022) { rank value area { code name } }
      areas(search: "hoa binh") { nodes { code name level } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const figures = body.data.observations.edges.map((e: any) => e.node);
    expect(body.data.observations.totalCount).toBe(3);
    const byLevel = Object.fromEntries(figures.map((f: any) => [f.dimensions.govLevel, f]));
    expect(byLevel.PROVINCE).toMatchObject({ value: 80, qualifier: 'APPROX', period: 2012, status: 'ACTUAL' });
    expect(byLevel.DISTRICT).toMatchObject({ value: 70, qualifier: 'EXACT', period: 2012 });
    expect(byLevel.COMMUNE).toMatchObject({ value: 20, qualifier: 'MORE_THAN', period: 2012 });
    for (const f of figures) {
      expect(f.quote).toContain('được trang bị máy tính');
      expect(f.area.code).toBe('17');
      expect(f.source).toEqual({ title: 'Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình', publishedAt: '2012-11-28' });
    }
    expect(body.data.areas.nodes[0]).toMatchObject({ code: '17', level: 'PROVINCE' });
  });

  it('ranks all 63 provinces for DTI 2022 in the published order, sharing rank 15', async () => {
    const { body } = await api.query(`{ ranking(indicator: "dti_rank", period: 2022) { rank value area { code } } }`);
    const ranking = body.data.ranking as { rank: number; value: number; area: { code: string } }[];
    expect(ranking).toHaveLength(63);
    expect(new Set(ranking.map((r) => r.area.code)).size).toBe(63);
    // The published table, as transcribed into the committed source text.
    const table = loadIndexObservations().sources.find((s) => s.url === 'https://dti.gov.vn/xep-hang-2022')!;
    const published = table.text
      .split('\n')
      .map((line) => /^(\d+),[^,]*,(\d{2})$/.exec(line.replace(/"[^"]*"/g, 'x')))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ rank: Number(m[1]), code: m[2] }));
    expect(published).toHaveLength(63);
    expect(ranking.map((r) => [r.rank, r.area.code])).toEqual(published.map((p) => [p.rank, p.code]));
    expect(ranking.filter((r) => r.rank === 15)).toHaveLength(2);
    expect(ranking.some((r) => r.rank === 16)).toBe(false);
  });

  it("finds Chợ Đồn's figures with a null period, each with its quote", async () => {
    const { body } = await api.query(`{
      areas(search: "Huyện Chợ Đồn") { nodes { code level ancestors { code } } }
      observations(filter: { area: "064" }, first: 50) {
        totalCount edges { node { indicatorCode period value quote quoteStart quoteEnd source { text publishedAt } } }
      }
    }`);
    expect(body.data.areas.nodes[0]).toMatchObject({ code: '064', level: 'DISTRICT', ancestors: [{ code: '06' }] });
    const nodes = body.data.observations.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(9);
    for (const n of nodes) {
      expect(n.period).toBeNull();
      expect(n.source.publishedAt).toBeNull();
      expect(n.source.text.slice(n.quoteStart, n.quoteEnd)).toBe(n.quote);
    }
    expect(nodes.find((n: any) => n.indicatorCode === 'it_staff_count')?.value).toBe(2);
  });
});
