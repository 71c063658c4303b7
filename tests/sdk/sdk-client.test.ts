import { INDICATORS, loadAreas, loadIndexObservations } from '@egov-vn/schema';
import { createClient, type EgovClient, OBSERVATION_COLUMNS, type Observation, toCsv, toRows } from '@egov-vn/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-database.js';
import { readCsv } from './csv-reader.js';

// The SDK against the real API over HTTP (run on PGlite and on PostgreSQL),
// results checked against the data files.

let api: Awaited<ReturnType<typeof startTestServer>>;
let egov: EgovClient;
beforeAll(async () => {
  api = await startTestServer();
  egov = createClient({ endpoint: api.url });
});
afterAll(() => api?.close());

describe('ranking()', () => {
  it('ranks the 63 provinces for DTI 2022 in the published order, each figure with its source line', async () => {
    const ranking = await egov.ranking({ indicator: 'dti_rank', period: 2022 });
    const { sources, observations } = loadIndexObservations();
    const table = sources.find((s) => s.url === 'https://dti.gov.vn/xep-hang-2022')!;
    // The published table in its order, as transcribed (a province's own page may repeat its rank: another source).
    const published = observations
      .filter((o) => o.sourceKey === table.key && o.indicator === 'dti_rank' && o.dimensions.component === 'OVERALL')
      .sort((a, b) => a.quoteStart - b.quoteStart);

    expect(ranking).toMatchObject({ indicator: 'dti_rank', period: 2022, level: 'PROVINCE', geography: 'pre2025', edition: 'DTI 2022' });
    expect(ranking.dimensions).toEqual({ component: 'OVERALL' });
    expect(ranking.entries).toHaveLength(63);
    expect(published).toHaveLength(63);
    expect(ranking.entries.map((e) => [e.rank, e.area.code])).toEqual(published.map((p) => [Number(p.value), p.areaCode]));
    expect(ranking.entries.filter((e) => e.rank === 15)).toHaveLength(2);
    expect(ranking.unranked).toEqual([]);
    let fromTable = 0;
    for (const [i, entry] of ranking.entries.entries()) {
      const p = entry.observation.provenance;
      expect(entry.observation).toMatchObject({ indicator: 'dti_rank', value: entry.value, period: 2022, area: entry.area });
      // A table figure has no quote (the transcribed row is not the source's text): it names its place in the table.
      expect(p).toMatchObject({ kind: 'TABLE', quote: null });
      expect(p.locator).toMatch(/^DTI 2022, /);
      expect(p.citation.startsWith(`${p.locator} — `)).toBe(true);
      expect(p.citationEn.startsWith(`${p.locatorEn} — `)).toBe(true);
      if (p.url !== table.url) continue;
      fromTable++;
      expect(p).toMatchObject({ title: table.title, locator: published[i]!.locator, locatorEn: published[i]!.locatorEn });
      expect(table.text.slice(p.quoteStart, p.quoteEnd)).toBe(published[i]!.quote);
    }
    expect(fromTable).toBeGreaterThanOrEqual(62);
  });
});

describe('observations()', () => {
  it('iterates every observation exactly once across pages of 7', async () => {
    type Page = { observations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const expected: string[] = [];
    let totalCount = 0;
    for (let after: string | null = null; ; ) {
      const { body }: { body: { data?: Page } } = await api.query<Page>('query($after: String) { observations(first: 500, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      expected.push(...body.data!.observations.edges.map((e: { node: { id: string } }) => e.node.id));
      totalCount = body.data!.observations.totalCount;
      if (!body.data!.observations.pageInfo.hasNextPage) break;
      after = body.data!.observations.pageInfo.endCursor;
    }
    expect(expected.length).toBe(totalCount);
    expect(expected.length).toBeGreaterThan(300);

    const list = egov.observations({}, { pageSize: 7 });
    const ids: string[] = [];
    let pages = 0;
    for await (const page of list.pages()) {
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(7);
      expect(page.totalCount).toBe(expected.length);
      ids.push(...page.items.map((o) => o.id));
    }
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);

    const streamed: string[] = [];
    for await (const o of egov.observations({}, { pageSize: 7 })) streamed.push(o.id);
    expect(streamed).toEqual(expected);
    expect(await list.count()).toBe(expected.length);
    expect((await list.toArray({ limit: 20 })).map((o) => o.id)).toEqual(expected.slice(0, 20));
  });

  it('Hòa Bình 2012 computers by level of government: 80 APPROX, 70 EXACT, 20 MORE_THAN, with the sentence and source', async () => {
    const figures = await egov
      .observations({ indicator: 'officials_with_computer_pct', area: '17', period: 2012 })
      .toArray({ limit: 10 });
    const byLevel = Object.fromEntries(figures.map((f) => [f.dimensions.govLevel, f]));
    expect(figures).toHaveLength(3);
    expect(byLevel.PROVINCE).toMatchObject({ value: 80, qualifier: 'APPROX', status: 'ACTUAL', unit: 'percent' });
    expect(byLevel.DISTRICT).toMatchObject({ value: 70, qualifier: 'EXACT' });
    expect(byLevel.COMMUNE).toMatchObject({ value: 20, qualifier: 'MORE_THAN' });
    for (const f of figures) {
      expect(f.area).toMatchObject({ code: '17', ref: 'pre2025:17', level: 'PROVINCE' });
      expect(f.provenance).toMatchObject({ title: 'Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình', publishedAt: '2012-11-28' });
      expect(f.provenance.quote).toContain('được trang bị máy tính');
      expect(f.provenance.citation).toContain(f.provenance.title);
    }
    const filtered = await egov
      .observations({ indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'COMMUNE' } })
      .toArray({ limit: 10 });
    expect(filtered.map((f) => [f.value, f.qualifier])).toEqual([[20, 'MORE_THAN']]);
  });

  it('researcher: all Hòa Bình figures as tidy rows and CSV, Vietnamese text intact', async () => {
    const list = egov.observations({ within: '17' });
    const figures = await list.toArray({ limit: 1000 });
    expect(figures.length).toBe(await list.count());
    expect(figures.length).toBeGreaterThanOrEqual(8);
    const csv = toCsv(toRows(figures));
    const records = readCsv(csv);
    expect(records[0]).toEqual([...OBSERVATION_COLUMNS]);
    expect(records).toHaveLength(figures.length + 1);
    const column = (name: (typeof OBSERVATION_COLUMNS)[number]) => OBSERVATION_COLUMNS.indexOf(name);
    for (const [i, f] of figures.entries()) {
      const record = records[i + 1]!;
      expect(record[column('id')]).toBe(f.id);
      expect(record[column('value')]).toBe(String(f.value));
      expect(record[column('quote')]).toBe(f.provenance.quote ?? '');
      expect(record[column('source_title')]).toBe(f.provenance.title);
      expect(record[column('area_ref')]).toMatch(/^pre2025:17/);
    }
    expect(csv).toContain('Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình');
  });
});

describe('a newsroom cites one figure', () => {
  it('fetches the version-pinned figure again by id, with its citation and source sentence', async () => {
    const [figure] = await egov
      .observations({ indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'PROVINCE' } })
      .toArray({ limit: 1 });
    const again = (await egov.observation(figure!.id)) as Observation;
    expect(again).toEqual(figure);
    expect(again.revision).toBe(1);
    expect(again.supersededBy).toBeNull();
    expect(again.provenance.citation).toMatch(/^“Từ việc tăng cường ứng dụng CNTT.*” — Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình, không rõ nơi đăng, 28\/11\/2012, không rõ địa chỉ\.$/);
    expect(again.provenance.citationEn).toMatch(/” — Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình \[in Vietnamese; no English title recorded\], outlet unknown, 2012-11-28, no address recorded\.$/);

    const source = await egov.source(again.provenance.sourceId);
    expect(source.title).toBe(again.provenance.title);
    expect(source.text.slice(again.provenance.quoteStart, again.provenance.quoteEnd)).toBe(again.provenance.quote);
    expect((await egov.source(source.contentHash.slice(0, 12))).id).toBe(source.id);
  });

  it('an unknown (well-formed) id is null', async () => {
    const id = Buffer.from('Observation:ffffffffffffffffffffffffffffffff.1').toString('base64');
    expect(await egov.observation(id)).toBeNull();
  });
});

describe('indicators, areas, series', () => {
  it('indicators() is the vocabulary, with coverage', async () => {
    const indicators = await egov.indicators();
    expect(indicators.map((i) => i.code).sort()).toEqual(INDICATORS.map((i) => i.code).sort());
    const dti = indicators.find((i) => i.code === 'dti_rank')!;
    expect(dti).toMatchObject({ unit: 'rank', higherIsBetter: false, category: 'COMPOSITE_INDEX' });
    expect(dti.coverage.years).toContain(2022);
    expect(dti.dimensions).toEqual([{ code: 'component', values: expect.arrayContaining(['OVERALL', 'DIGITAL_GOVERNMENT']) }]);
    const telecom = await egov.indicators({ category: 'TELECOM' });
    expect(telecom.map((i) => i.code).sort()).toEqual(INDICATORS.filter((i) => i.category === 'TELECOM').map((i) => i.code).sort());
    const y2022 = await egov.indicators({ year: 2022 });
    expect(y2022.length).toBeGreaterThan(0);
    expect(y2022.every((i) => i.coverage.years.includes(2022))).toBe(true);
    expect(await egov.indicator('officials_with_computer_pct')).toMatchObject({ nameVi: 'Tỷ lệ CBCC được trang bị máy tính', unit: 'percent' });
  });

  it('area() and areas() follow the geography data', async () => {
    const pre2025 = loadAreas('pre2025');
    const hoaBinh = await egov.area('17');
    expect(hoaBinh).toMatchObject({ code: '17', ref: 'pre2025:17', level: 'PROVINCE', isoCode: 'VN-14', parent: null, ancestors: [] });
    expect(hoaBinh.fullName).toBe(pre2025.find((a) => a.code === '17')!.fullNameVi);
    expect(hoaBinh.children.map((c) => c.code).sort()).toEqual(pre2025.filter((a) => a.parentCode === '17').map((a) => a.code).sort());

    const district = await egov.area(hoaBinh.children[0]!.ref);
    expect(district.parent?.code).toBe('17');
    expect(district.ancestors.map((a) => a.code)).toEqual(['17']);

    const [found] = await egov.areas({ search: 'hoa binh', level: 'PROVINCE' }).toArray({ limit: 1 });
    expect(found).toMatchObject({ code: '17', level: 'PROVINCE' });
    const districts = await egov.areas({ parent: '17' }).toArray({ limit: 3 });
    expect(districts).toHaveLength(3);
    expect(districts.every((d) => d.parent?.code === '17' && d.level === 'DISTRICT')).toBe(true);
    // Every district of the province, page after page.
    const all: string[] = [];
    for await (const d of egov.areas({ parent: '17' }, { pageSize: 4 })) all.push(d.code);
    expect(all.sort()).toEqual(hoaBinh.children.map((c) => c.code).sort());
    expect(await egov.areas({ parent: '17' }).count()).toBe(hoaBinh.children.length);
  });

  it('series() splits at a methodology break and keeps each figure once', async () => {
    const series = await egov.series({ indicator: 'dti_score', area: '48' });
    expect(series).toMatchObject({ indicator: 'dti_score', comparable: false, dimensions: { component: 'OVERALL' }, area: { code: '48' } });
    const published = loadIndexObservations().observations.filter(
      (o) => o.indicator === 'dti_score' && o.geography === 'pre2025' && o.areaCode === '48' && o.dimensions.component === 'OVERALL',
    );
    // One segment per methodology (DTI 2020, 2021, 2022–2023, 2024 were computed differently).
    expect(series.segments).toHaveLength(new Set(published.map((o) => o.methodology)).size);
    expect(series.segments.length).toBeGreaterThanOrEqual(2);
    expect(series.segments.flatMap((s) => s.observations)).toEqual(series.observations);
    const with2022 = series.segments.find((s) => s.observations.some((o) => o.period === 2022))!;
    expect(with2022.observations[0]).toBe(series.observations.find((o) => o.period === 2022));
    expect(with2022.observations.every((o) => o.period === 2022 || o.period === 2023)).toBe(true);
    expect(series.observations.map((o) => [o.period, o.valueText])).toEqual(
      published.sort((a, b) => a.period - b.period).map((o) => [o.period, o.value]),
    );
    const byLevel = await egov.series({ indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'DISTRICT' } });
    expect(byLevel.observations.map((o) => [o.period, o.value, o.qualifier])).toEqual([[2012, 70, 'EXACT']]);
  });
});
