import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

async function data(query: string, variables?: Record<string, unknown>) {
  const res = await api.query(query, variables);
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.body.data;
}

const refs = (areas: { ref: string }[]) => areas.map((a) => a.ref);

describe('the 2025 reorganisation: validity and lineage', () => {
  it('answers the acceptance queries as written', async () => {
    const d = await data(`{
      area(code: "17", asOf: "2020-01-01") { name validTo successors { code name } }
      areas(search: "hoa binh", asOf: "2020-01-01") { nodes { code name } }
    }`);
    expect(d.area).toEqual({ name: 'Hoà Bình', validTo: '2025-06-30', successors: [{ code: '25', name: 'Phú Thọ' }] });
    expect(d.areas.nodes[0]).toEqual({ code: '17', name: 'Hoà Bình' });
  });

  it('gives each unit its validity interval', async () => {
    const d = await data(`{
      old: area(code: "17", asOf: "2025-06-30") { ref validFrom validTo inForce old: inForce(asOf: "2024-12-31") }
      new: area(code: "25", asOf: "2025-07-01") { ref validFrom validTo inForce old: inForce(asOf: "2024-12-31") }
    }`);
    expect(d.old).toEqual({ ref: 'pre2025:17', validFrom: null, validTo: '2025-06-30', inForce: false, old: true });
    expect(d.new).toEqual({ ref: 'post2025:25', validFrom: '2025-07-01', validTo: null, inForce: true, old: false });
  });

  it('Hòa Bình went in full into Phú Thọ, which has three predecessors', async () => {
    const d = await data(`{
      hoaBinh: area(code: "pre2025:17") { successorLinks { kind effectiveOn area { ref name } } }
      phuTho: area(code: "post2025:25") { name predecessors { ref name } predecessorLinks { kind area { code } } successors { ref } }
    }`);
    expect(d.hoaBinh.successorLinks).toEqual([{ kind: 'FULL', effectiveOn: '2025-07-01', area: { ref: 'post2025:25', name: 'Phú Thọ' } }]);
    expect(d.phuTho.predecessors).toEqual([
      { ref: 'pre2025:17', name: 'Hoà Bình' },
      { ref: 'pre2025:25', name: 'Phú Thọ' },
      { ref: 'pre2025:26', name: 'Vĩnh Phúc' },
    ]);
    expect(d.phuTho.predecessorLinks.map((l: any) => l.kind)).toEqual(['FULL', 'FULL', 'FULL']);
    expect(d.phuTho.successors).toEqual([]);
  });

  it('Bắc Kạn and Thái Nguyên → Thái Nguyên; Bạc Liêu and Cà Mau → Cà Mau', async () => {
    const d = await data(`{
      thaiNguyen: area(code: "19", asOf: "2026-01-01") { ref name predecessorLinks { kind area { ref name } } }
      bacKan: area(code: "06", asOf: "2020-01-01") { successors { ref name } }
      oldThaiNguyen: area(code: "19", asOf: "2020-01-01") { ref successors { ref } }
      caMau: area(code: "96", asOf: "2026-01-01") { ref predecessorLinks { kind area { ref name } } }
      bacLieu: area(code: "95", asOf: "2020-01-01") { successors { ref name } }
    }`);
    expect(d.thaiNguyen.ref).toBe('post2025:19');
    expect(d.thaiNguyen.predecessorLinks).toEqual([
      { kind: 'FULL', area: { ref: 'pre2025:06', name: 'Bắc Kạn' } },
      { kind: 'FULL', area: { ref: 'pre2025:19', name: 'Thái Nguyên' } },
    ]);
    expect(d.bacKan.successors).toEqual([{ ref: 'post2025:19', name: 'Thái Nguyên' }]);
    expect(d.oldThaiNguyen).toEqual({ ref: 'pre2025:19', successors: [{ ref: 'post2025:19' }] });
    expect(d.caMau.predecessorLinks).toEqual([
      { kind: 'FULL', area: { ref: 'pre2025:95', name: 'Bạc Liêu' } },
      { kind: 'FULL', area: { ref: 'pre2025:96', name: 'Cà Mau' } },
    ]);
    expect(d.bacLieu.successors).toEqual([{ ref: 'post2025:96', name: 'Cà Mau' }]);
  });

  it('a split commune maps to several successors, each PARTIAL', async () => {
    const d = await data(`{
      area(code: "00019", asOf: "2020-01-01") { fullName level parent { name } successorLinks { kind area { ref fullName level } } }
    }`);
    expect(d.area).toMatchObject({ fullName: 'Phường Điện Biên', level: 'COMMUNE', parent: { name: 'Ba Đình' } });
    expect(d.area.successorLinks.map((l: any) => [l.area.ref, l.area.fullName, l.kind])).toEqual([
      ['post2025:00004', 'Phường Ba Đình', 'PARTIAL'],
      ['post2025:00070', 'Phường Hoàn Kiếm', 'PARTIAL'],
      ['post2025:00190', 'Phường Ô Chợ Dừa', 'PARTIAL'],
      ['post2025:00226', 'Phường Văn Miếu - Quốc Tử Giám', 'PARTIAL'],
    ]);
    const back = await data('{ area(code: "post2025:00004") { predecessorLinks { kind area { ref } } } }');
    expect(back.area.predecessorLinks).toContainEqual({ kind: 'PARTIAL', area: { ref: 'pre2025:00019' } });
  });

  it('lists the units in force: today by default, or on asOf', async () => {
    const d = await data(`{
      today: areas(level: PROVINCE) { nodes { ref } }
      before: areas(level: PROVINCE, asOf: "2020-01-01", first: 100) { nodes { ref } }
      after: areas(level: PROVINCE, asOf: "2025-07-01") { nodes { ref } }
      pre: areas(level: PROVINCE, geography: pre2025, first: 100) { nodes { ref } }
      districtsNow: areas(level: DISTRICT, first: 5) { nodes { ref } }
    }`);
    expect(d.today.nodes).toHaveLength(34);
    expect(d.today.nodes.every((a: any) => a.ref.startsWith('post2025:'))).toBe(true);
    expect(d.after).toEqual(d.today);
    expect(d.before.nodes).toHaveLength(63);
    expect(d.before.nodes.every((a: any) => a.ref.startsWith('pre2025:'))).toBe(true);
    expect(d.pre).toEqual(d.before);
    expect(d.districtsNow.nodes).toEqual([]);
  });
});

describe('the documented decisions of the lineage data (lineage-2025.decisions.md)', () => {
  it('D1: the 12 communes merged before 2025 are not units', async () => {
    for (const code of ['07693', '25102']) {
      const res = await api.query(`{ area(code: "${code}", asOf: "2020-01-01") { name } }`);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('D2: Ba Chẽ and Ia Mơ use the post-2025 list codes 06978 and 23938', async () => {
    const d = await data(`{
      baChe: area(code: "post2025:06978") { fullName predecessorLinks { kind area { ref fullName } } }
      oldBaChe: area(code: "06970", asOf: "2020-01-01") { fullName successors { ref fullName } }
      iaMoNong: area(code: "23737", asOf: "2020-01-01") { fullName successors { ref fullName } }
      iaMo: area(code: "23938", asOf: "2020-01-01") { fullName successors { ref fullName } }
    }`);
    expect(d.baChe.fullName).toBe('Xã Ba Chẽ');
    expect(d.baChe.predecessorLinks.map((l: any) => [l.area.ref, l.kind])).toEqual([
      ['pre2025:06886', 'PARTIAL'],
      ['pre2025:06970', 'FULL'],
      ['pre2025:06973', 'FULL'],
      ['pre2025:06982', 'FULL'],
      ['pre2025:06988', 'FULL'],
    ]);
    expect(d.oldBaChe).toEqual({ fullName: 'Thị trấn Ba Chẽ', successors: [{ ref: 'post2025:06978', fullName: 'Xã Ba Chẽ' }] });
    expect(d.iaMoNong.successors).toEqual([{ ref: 'post2025:23734', fullName: 'Xã Ia Ly' }]);
    expect(d.iaMo.successors).toEqual([{ ref: 'post2025:23938', fullName: 'Xã Ia Mơ' }]);
    // 06970 and 23737 are old codes only: no post-2025 unit carries them.
    const res = await api.query('{ area(code: "06970", asOf: "2026-01-01") { name } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('D3: An Giang 30622 Xã Tân Phú has no successor rather than a guessed one', async () => {
    const d = await data('{ area(code: "30622", asOf: "2020-01-01") { fullName successors { ref } parent { parent { name } } } }');
    expect(d.area).toEqual({ fullName: 'Xã Tân Phú', successors: [], parent: { parent: { name: 'An Giang' } } });
  });

  it('D4: the island districts link to the special zones that replaced them', async () => {
    const d = await data(`{
      conDao: area(code: "755", asOf: "2020-01-01") { level fullName successorLinks { kind area { ref fullName level } } }
      zone: area(code: "26732") { ref predecessorLinks { kind area { ref level } } }
      anyDistrict: area(code: "064") { level successors { ref } }
    }`);
    expect(d.conDao).toEqual({
      level: 'DISTRICT',
      fullName: 'Huyện Côn Đảo',
      successorLinks: [{ kind: 'FULL', area: { ref: 'post2025:26732', fullName: 'Đặc khu Côn Đảo', level: 'COMMUNE' } }],
    });
    expect(d.zone).toEqual({ ref: 'post2025:26732', predecessorLinks: [{ kind: 'FULL', area: { ref: 'pre2025:755', level: 'DISTRICT' } }] });
    expect(d.anyDistrict).toEqual({ level: 'DISTRICT', successors: [] });
  });

  it('loads every link of the data file', async () => {
    const row = await api.database.db
      .selectFrom('area_lineage')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(10_654);
  });
});

describe('identity: plain codes, refs and asOf', () => {
  it('AMBIGUOUS_AREA when a plain code names two units and no asOf says which', async () => {
    const res = await api.query('{ area(code: "01") { name } }');
    expect(res.status).toBe(200);
    const error = res.body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'AMBIGUOUS_AREA', argument: 'code', value: '01', candidates: ['pre2025:01', 'post2025:01'] });
    expect(error.message).toContain('pre2025:01');
    expect(error.message).toContain('post2025:01');
  });

  it('a code naming one unit, a ref, or a code with asOf names exactly one', async () => {
    const d = await data(`{
      only: area(code: "17") { ref }
      onlyNew: area(code: "26732") { ref }
      oldRef: area(code: "pre2025:01") { ref validTo }
      newRef: area(code: "post2025:01") { ref validFrom }
      before: area(code: "01", asOf: "2025-06-30") { ref }
      after: area(code: "01", asOf: "2025-07-01") { ref }
    }`);
    expect(d).toEqual({
      only: { ref: 'pre2025:17' },
      onlyNew: { ref: 'post2025:26732' },
      oldRef: { ref: 'pre2025:01', validTo: '2025-06-30' },
      newRef: { ref: 'post2025:01', validFrom: '2025-07-01' },
      before: { ref: 'pre2025:01' },
      after: { ref: 'post2025:01' },
    });
  });

  it('NOT_FOUND when no unit with that code was in force on asOf', async () => {
    for (const query of ['{ area(code: "17", asOf: "2026-01-01") { name } }', '{ area(code: "post2025:25", asOf: "2020-01-01") { name } }']) {
      const res = await api.query(query);
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('keeps the plain-code rule of observation filters: the pre-2025 unit when one exists', async () => {
    const d = await data(`{
      plain: observations(filter: { indicator: "dti_rank", area: "01" }) { totalCount edges { node { area { ref } } } }
      asOf: observations(filter: { indicator: "dti_rank", area: "01", asOf: "2026-01-01" }) { totalCount edges { node { period area { ref } } } }
    }`);
    expect(d.plain.totalCount).toBeGreaterThan(0);
    expect(d.plain.edges.every((e: any) => e.node.area.ref === 'pre2025:01')).toBe(true);
    // Today's Hà Nội has figures only from DTI 2024 on the 34-province basis (several pages report them).
    expect(d.asOf.edges.length).toBeGreaterThan(0);
    expect(d.asOf.edges.every((e: any) => e.node.period === 2024 && e.node.area.ref === 'post2025:01')).toBe(true);
  });

  it.each([
    ['a malformed literal', '{ area(code: "17", asOf: "2020-13-01") { name } }', undefined],
    ['an impossible day', '{ areas(asOf: "2021-02-29") { nodes { name } } }', undefined],
    ['not a date', '{ observations(filter: { area: "17", asOf: "yesterday" }) { totalCount } }', undefined],
    ['a number', '{ area(code: "17", asOf: 20200101) { name } }', undefined],
    ['a malformed variable', 'query($d: Date) { area(code: "17", asOf: $d) { name } }', { d: '01/01/2020' }],
  ])('asOf validation: %s → BAD_USER_INPUT', async (_name, query, variables) => {
    const res = await api.query(query, variables);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('no N+1 through lineage', () => {
  async function statementsFor(query: string) {
    api.database.statements.length = 0;
    const d = await data(query);
    return { count: api.database.statements.length, data: d };
  }
  const query = (first: number) => `{
    areas(level: PROVINCE, first: ${first}) { nodes {
      ref predecessors { ref } successors { ref }
      predecessorLinks { kind area { ref name successors { ref } } }
      successorLinks { kind }
      aliases
      derivedTotals { value inputs { value } }
    } }
  }`;

  it('predecessors and successors of the 34 provinces cost what those of 3 do', async () => {
    const few = await statementsFor(query(3));
    const all = await statementsFor(query(34));
    expect(all.data.areas.nodes).toHaveLength(34);
    expect(all.data.areas.nodes.flatMap((a: any) => a.predecessors)).toHaveLength(63);
    expect(refs(all.data.areas.nodes.find((a: any) => a.ref === 'post2025:25').predecessors)).toEqual(['pre2025:17', 'pre2025:25', 'pre2025:26']);
    expect(all.count).toBe(few.count);
    // areas, predecessor links, successor links (twice: the units and their predecessors), aliases, derived totals (links, figures)
    expect(all.count).toBeLessThanOrEqual(8);
  });

  it('the 63 old provinces with their successors', async () => {
    const { count, data: d } = await statementsFor('{ areas(level: PROVINCE, asOf: "2020-01-01", first: 100) { nodes { ref successors { ref predecessors { ref } } } } }');
    expect(d.areas.nodes).toHaveLength(63);
    expect(d.areas.nodes.every((a: any) => a.successors.length === 1)).toBe(true);
    expect(count).toBeLessThanOrEqual(3);
  });
});
