import { loadIndexObservations } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

const NODE = 'indicatorCode value qualifier period dimensions { govLevel } area { ref name level } via { requested { ref name } predecessor { ref name } kind reportedFor { ref } descendant }';

describe('figures of today\'s units through their predecessors (geographyMode: HISTORICAL)', () => {
  it('Hòa Bình\'s figures through today\'s Phú Thọ, labelled as Hòa Bình\'s', async () => {
    const d = await data(`{
      observations(filter: { indicator: "officials_with_computer_pct", area: "post2025:25", geographyMode: HISTORICAL }) {
        totalCount edges { node { ${NODE} } }
      }
    }`);
    expect(d.observations.totalCount).toBe(3);
    const nodes = d.observations.edges.map((e: any) => e.node);
    expect(Object.fromEntries(nodes.map((n: any) => [n.dimensions.govLevel, [n.value, n.qualifier, n.period]]))).toEqual({
      PROVINCE: [80, 'APPROX', 2012],
      DISTRICT: [70, 'EXACT', 2012],
      COMMUNE: [20, 'MORE_THAN', 2012],
    });
    for (const n of nodes) {
      expect(n.area).toEqual({ ref: 'pre2025:17', name: 'Hoà Bình', level: 'PROVINCE' });
      expect(n.via).toEqual({
        requested: { ref: 'post2025:25', name: 'Phú Thọ' },
        predecessor: { ref: 'pre2025:17', name: 'Hoà Bình' },
        kind: 'FULL',
        reportedFor: { ref: 'pre2025:17' },
        descendant: false,
      });
    }
  });

  it('in HISTORICAL mode a plain code means today\'s unit; asOf picks another date', async () => {
    const d = await data(`{
      plain: observations(filter: { indicator: "officials_with_computer_pct", area: "25", geographyMode: HISTORICAL }) { totalCount }
      oldPhuTho: observations(filter: { indicator: "officials_with_computer_pct", area: "25", asOf: "2020-01-01", geographyMode: HISTORICAL }) { totalCount }
      asReported: observations(filter: { indicator: "officials_with_computer_pct", area: "post2025:25" }) { totalCount }
    }`);
    expect(d).toEqual({ plain: { totalCount: 3 }, oldPhuTho: { totalCount: 0 }, asReported: { totalCount: 0 } });
  });

  it('Chợ Đồn (district 064 of Bắc Kạn) comes through today\'s Thái Nguyên: descendants of a full predecessor count', async () => {
    const d = await data(`{
      observations(filter: { area: "post2025:19", geographyMode: HISTORICAL }, first: 100) { totalCount edges { node { ${NODE} } } }
      provincesOnly: observations(filter: { area: "post2025:19", geographyMode: HISTORICAL, areaLevel: PROVINCE }, first: 100) {
        edges { node { area { ref } } }
      }
      asReported: observations(filter: { area: "064" }) { totalCount }
    }`);
    const nodes = d.observations.edges.map((e: any) => e.node);
    const choDon = nodes.filter((n: any) => n.area.ref === 'pre2025:064');
    expect(choDon).toHaveLength(d.asReported.totalCount);
    expect(choDon.length).toBeGreaterThanOrEqual(9);
    for (const n of choDon) {
      expect(n.area).toEqual({ ref: 'pre2025:064', name: 'Chợ Đồn', level: 'DISTRICT' });
      expect(n.via).toMatchObject({ predecessor: { ref: 'pre2025:06', name: 'Bắc Kạn' }, kind: 'FULL', reportedFor: { ref: 'pre2025:064' }, descendant: true });
    }
    expect(choDon.find((n: any) => n.indicatorCode === 'it_staff_count')?.value).toBe(2);
    // The old Thái Nguyên province's own figures come too.
    const oldThaiNguyen = nodes.filter((n: any) => n.area.ref === 'pre2025:19');
    expect(oldThaiNguyen.some((n: any) => n.indicatorCode === 'online_services_min_level')).toBe(true);
    expect(oldThaiNguyen.every((n: any) => n.via.predecessor.ref === 'pre2025:19' && !n.via.descendant)).toBe(true);
    // Nothing from outside the territory.
    expect(new Set(nodes.map((n: any) => n.area.ref))).toEqual(new Set(['pre2025:064', 'pre2025:06', 'pre2025:19', 'post2025:19']));
    // Today's unit's own figures (DTI 2024 on the 34-province basis) come without a predecessor.
    expect(nodes.filter((n: any) => n.area.ref === 'post2025:19').every((n: any) => n.via.predecessor === null)).toBe(true);
    // areaLevel narrows to the provinces themselves.
    const provinces = new Set(d.provincesOnly.edges.map((e: any) => e.node.area.ref));
    expect([...provinces].every((r) => r === 'pre2025:06' || r === 'pre2025:19' || r === 'post2025:19')).toBe(true);
  });

  it('today\'s unit\'s own figures come with its predecessors\' (DTI 2024 of Hà Nội on the 34-province basis)', async () => {
    const d = await data(`{
      observations(filter: { indicator: "dti_rank", area: "01", geographyMode: HISTORICAL }, orderBy: { field: PERIOD }) {
        edges { node { period area { ref } via { predecessor { ref } descendant } } }
      }
    }`);
    const nodes = d.observations.edges.map((e: any) => e.node);
    const periods = [...new Set(nodes.map((n: any) => n.period))];
    expect(periods).toEqual(expect.arrayContaining([2022, 2024]));
    expect(periods.at(-1)).toBe(2024);
    const own = nodes.filter((n: any) => n.area.ref === 'post2025:01');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((n: any) => n.period === 2024 && n.via.predecessor === null && n.via.descendant === false)).toBe(true);
    // DTI 2024 was also published for the 63 pre-merger provinces: the old Hà Nội's figures come through it.
    const inherited = nodes.filter((n: any) => n.area.ref !== 'post2025:01');
    expect(inherited.every((n: any) => n.area.ref === 'pre2025:01' && n.via.predecessor.ref === 'pre2025:01')).toBe(true);
  });

  it('never aggregates: Bạc Liêu and Cà Mau figures come separately, and no percentage is combined', async () => {
    const d = await data(`{
      observations(filter: { area: "post2025:96", geographyMode: HISTORICAL, period: 2012 }, first: 100) {
        totalCount edges { node { indicatorCode value area { ref } via { predecessor { ref } } } }
      }
    }`);
    const nodes = d.observations.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.area.ref === 'pre2025:96' && n.via.predecessor.ref === 'pre2025:96')).toBe(true);
    expect(nodes.find((n: any) => n.indicatorCode === 'households_internet_pct')?.value).toBe(9.62);
  });

  it('a split commune counts for itself only, marked PARTIAL', async () => {
    const d = await data(`{
      observations(filter: { area: "post2025:00004", geographyMode: HISTORICAL }) { totalCount }
      area(code: "post2025:00004") { predecessorLinks { kind area { ref } } }
    }`);
    expect(d.observations.totalCount).toBe(0);
    expect(d.area.predecessorLinks.some((l: any) => l.kind === 'PARTIAL')).toBe(true);
  });

  it('area and within together: the intersection of both territories', async () => {
    const d = await data(`{
      observations(filter: { area: "post2025:19", within: "pre2025:06", geographyMode: HISTORICAL }, first: 100) {
        edges { node { area { ref } via { requested { ref } predecessor { ref } } } }
      }
    }`);
    const nodes = d.observations.edges.map((e: any) => e.node);
    expect(new Set(nodes.map((n: any) => n.area.ref))).toEqual(new Set(['pre2025:06', 'pre2025:064']));
    expect(nodes.every((n: any) => n.via.requested.ref === 'post2025:19' && n.via.predecessor.ref === 'pre2025:06')).toBe(true);
  });

  it('via is null in the default mode', async () => {
    const d = await data('{ observations(filter: { area: "17" }, first: 3) { edges { node { via { requested { ref } } } } } }');
    expect(d.observations.edges.every((e: any) => e.node.via === null)).toBe(true);
  });

  it('a page of historical figures costs a fixed number of statements', async () => {
    const count = async (first: number) => {
      api.database.statements.length = 0;
      await data(`{ observations(filter: { areas: ["post2025:19", "post2025:25", "post2025:96"], geographyMode: HISTORICAL }, first: ${first}) {
        edges { node { ${NODE} source { title } } } } }`);
      return api.database.statements.length;
    };
    expect(await count(40)).toBe(await count(2));
  });
});

describe('derived totals: only honest sums, marked as derived, with their inputs', () => {
  const TOTALS = `derivedTotals(indicators: $indicators) {
    indicatorCode period value valueText unit qualifier derived method
    inputs { value period area { ref } source { title } }
  }`;

  async function addFigure(areaRef: string, indicator: string, period: number | null, value: string, qualifier = 'EXACT') {
    const [geography, code] = areaRef.split(':') as [string, string];
    const { db } = api.database;
    const area = await db.selectFrom('area').select('id').where('geography', '=', geography as 'pre2025').where('code', '=', code).executeTakeFirstOrThrow();
    const source = await db.selectFrom('source_document').select('id').orderBy('id').executeTakeFirstOrThrow();
    await db
      .insertInto('observation')
      .values({
        natural_key: `test-${areaRef}-${indicator}-${period}-${Math.random()}`,
        indicator_code: indicator,
        dimensions: '{}',
        area_id: area.id,
        period,
        value,
        unit: 'count',
        qualifier: qualifier as 'EXACT',
        status: 'ACTUAL',
        review_status: 'APPROVED',
        source_id: source.id,
        quote: 'test figure',
        quote_start: 0,
        quote_end: 1,
        edition: null,
        methodology: null,
        note: 'inserted by geography-historical.test.ts',
        reviewed_at: new Date(),
      })
      .execute();
  }

  it('none for today\'s Cà Mau from the real data: Bạc Liêu reports no count', async () => {
    const d = await data(`query($indicators: [String!]) { area(code: "post2025:96") { ${TOTALS} } }`, { indicators: null });
    expect(d.area.derivedTotals).toEqual([]);
  });

  it('sums a count when every predecessor reports it for the same period, exactly, and the merge is full', async () => {
    await addFigure('pre2025:95', 'internet_subscribers', 2012, '20000');
    // Same slice, different period, and a non-exact figure: never summed.
    await addFigure('pre2025:95', 'ftth_subscribers', 2013, '100');
    await addFigure('pre2025:95', 'broadband_subscribers', 2012, '1000');
    const d = await data(`query($indicators: [String!]) { area(code: "post2025:96") { ${TOTALS} } }`, { indicators: null });
    expect(d.area.derivedTotals).toEqual([
      {
        indicatorCode: 'internet_subscribers',
        period: 2012,
        value: 47605,
        valueText: '47605',
        unit: 'count',
        qualifier: 'EXACT',
        derived: true,
        method: 'Sum of the 2 figures of the predecessors for 2012.',
        inputs: [
          { value: 20000, period: 2012, area: { ref: 'pre2025:95' }, source: { title: expect.any(String) } },
          { value: 27605, period: 2012, area: { ref: 'pre2025:96' }, source: { title: expect.any(String) } },
        ],
      },
    ]);
    // The figures themselves stay separate in the observations.
    const obs = await data(`{ observations(filter: { indicator: "internet_subscribers", area: "post2025:96", geographyMode: HISTORICAL }) {
      edges { node { value area { ref } } } } }`);
    expect(obs.observations.edges.map((e: any) => e.node.value).sort()).toEqual([20000, 27605]);
  });

  it('never for a percentage, even when every predecessor reports one', async () => {
    await addFigure('pre2025:95', 'households_internet_pct', 2012, '10');
    const d = await data(`query($indicators: [String!]) { area(code: "post2025:96") { ${TOTALS} } }`, {
      indicators: ['households_internet_pct', 'internet_subscribers'],
    });
    expect(d.area.derivedTotals.map((t: any) => t.indicatorCode)).toEqual(['internet_subscribers']);
  });

  it('never through a partial merge', async () => {
    const links = await data('{ area(code: "post2025:00004") { predecessorLinks { kind area { ref } } } }');
    for (const l of links.area.predecessorLinks) await addFigure(l.area.ref, 'it_staff_count', 2020, '3');
    const d = await data(`query($indicators: [String!]) { area(code: "post2025:00004") { ${TOTALS} } }`, { indicators: ['it_staff_count'] });
    expect(d.area.derivedTotals).toEqual([]);
  });

  it('never for an old unit (no predecessors), nor when one predecessor is missing', async () => {
    await addFigure('pre2025:06', 'it_trainees', 2015, '50');
    const d = await data(`query($indicators: [String!]) {
      old: area(code: "pre2025:06") { ${TOTALS} }
      thaiNguyen: area(code: "post2025:19") { ${TOTALS} }
    }`, { indicators: ['it_trainees'] });
    expect(d.old.derivedTotals).toEqual([]);
    expect(d.thaiNguyen.derivedTotals).toEqual([]);
  });

  it('refuses an unknown indicator', async () => {
    const res = await api.query('{ area(code: "post2025:96") { derivedTotals(indicators: ["nope"]) { value } } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('rankings and coverage say which geography they use', () => {
  it('coverage per geography', async () => {
    const d = await data(`{ indicator(code: "dti_rank") { coverage { geographies observationCount byGeography { geography observationCount areaCount years } } } }`);
    const c = d.indicator.coverage;
    expect(c.geographies).toEqual(['pre2025', 'post2025']);
    expect(c.byGeography[0]).toMatchObject({ geography: 'pre2025', areaCount: 63 });
    const post = new Set(loadIndexObservations().observations.filter((o) => o.indicator === 'dti_rank' && o.geography === 'post2025').map((o) => o.areaCode));
    expect(c.byGeography[1]).toMatchObject({ geography: 'post2025', areaCount: post.size, years: [2024] });
    expect(c.byGeography.reduce((s: number, g: any) => s + g.observationCount, 0)).toBe(c.observationCount);
  });

  it('a ranking names its geography and lists the unranked units of that geography', async () => {
    const d = await data(`{
      old: rankingTable(indicator: "dti_rank", period: 2022) { geography entries { area { ref } } unranked { ref } }
      new: rankingTable(indicator: "dti_rank", period: 2024, geography: post2025) { geography entries { area { ref } } unranked { ref } }
    }`);
    // DTI 2024 was published for both the 34 and the 63: never one ranking of both.
    const mixed = await api.query('{ rankingTable(indicator: "dti_rank", period: 2024) { geography } }');
    expect(mixed.body.errors?.[0]?.extensions).toMatchObject({ code: 'INCOMPARABLE_VALUES', geographies: expect.arrayContaining(['pre2025', 'post2025']) });
    expect(d.old.geography).toBe('pre2025');
    expect(d.old.entries).toHaveLength(63);
    expect(d.new.geography).toBe('post2025');
    expect(d.new.entries.length + d.new.unranked.length).toBe(34);
    expect(d.new.unranked.every((a: any) => a.ref.startsWith('post2025:'))).toBe(true);
  });
});
