import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

async function search(text: string, extra = '') {
  const res = await api.query(
    `query($q: String) { areas(search: $q${extra}, first: 10) { nodes { ref name level inForce successors { ref name } } } }`,
    { q: text },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data.areas.nodes as { ref: string; name: string; level: string; inForce: boolean; successors: { ref: string; name: string }[] }[];
}

describe('name lookup across time', () => {
  it('"hoa binh" without asOf still finds the old province first, pointing to its successor', async () => {
    const [first] = await search('hoa binh');
    expect(first).toMatchObject({ ref: 'pre2025:17', level: 'PROVINCE', inForce: false, successors: [{ ref: 'post2025:25', name: 'Phú Thọ' }] });
  });

  it('a pre-merger name resolves to the historical unit; a kept name to both, today\'s first', async () => {
    const bacKan = await search('Tỉnh Bắc Kạn');
    expect(bacKan[0]).toMatchObject({ ref: 'pre2025:06', successors: [{ ref: 'post2025:19', name: 'Thái Nguyên' }] });
    const thaiNguyen = await search('Thái Nguyên');
    expect(thaiNguyen.slice(0, 2).map((a) => a.ref)).toEqual(['post2025:19', 'pre2025:19']);
    expect(thaiNguyen[1]!.successors).toEqual([{ ref: 'post2025:19', name: 'Thái Nguyên' }]);
    const vinhPhuc = await search('vinh phuc');
    expect(vinhPhuc[0]).toMatchObject({ ref: 'pre2025:26', successors: [{ ref: 'post2025:25', name: 'Phú Thọ' }] });
  });

  it.each([
    ['Hòa Bình'],
    ['Hoà Bình'],
    ['HOA BINH'],
    ['Tỉnh Hòa Bình'],
    ['Hoa Binh Province'],
  ])('with or without diacritics, tone placement, case, unit type, in English: %s', async (text) => {
    expect((await search(text))[0]!.ref).toBe('pre2025:17');
  });

  it.each([['TP.HCM'], ['TPHCM'], ['TP HCM'], ['HCMC'], ['Sài Gòn'], ['Saigon'], ['Ho Chi Minh City'], ['Thành phố Hồ Chí Minh'], ['ho chi minh']])(
    'Hồ Chí Minh City by %s: today\'s unit, then the old one',
    async (text) => {
      const found = await search(text);
      expect(found.slice(0, 2).map((a) => a.ref)).toEqual(['post2025:79', 'pre2025:79']);
    },
  );

  it('Huế, also by its former name Thừa Thiên Huế', async () => {
    for (const text of ['Huế', 'Hue', 'Thừa Thiên Huế', 'thua thien hue']) {
      const found = await search(text);
      expect(found.slice(0, 2).map((a) => a.ref), text).toEqual(['post2025:46', 'pre2025:46']);
    }
  });

  it('lists the aliases of a unit', async () => {
    const res = await api.query('{ area(code: "post2025:79") { aliases } }');
    expect(res.body.data.area.aliases).toEqual(expect.arrayContaining(['TP.HCM', 'HCMC', 'Sài Gòn']));
  });

  it('"Sài Gòn" also finds the new ward named after it, after the city', async () => {
    const found = await search('Sài Gòn');
    expect(found.find((a) => a.level === 'COMMUNE')).toMatchObject({ ref: 'post2025:26740', name: 'Sài Gòn' });
  });

  it('asOf restricts the search to the units in force on that date', async () => {
    const before = await search('ho chi minh', ', asOf: "2020-01-01"');
    expect(before[0]!.ref).toBe('pre2025:79');
    expect(before.every((a) => a.ref.startsWith('pre2025:'))).toBe(true);
    const after = await search('hoa binh', ', asOf: "2026-01-01"');
    expect(after.some((a) => a.ref === 'pre2025:17')).toBe(false);
    expect(after.every((a) => a.ref.startsWith('post2025:') && a.inForce)).toBe(true);
    expect(await search('vinh phuc', ', asOf: "2026-01-01", level: PROVINCE')).toEqual([]);
  });

  it('geography still restricts the search', async () => {
    const found = await search('ho chi minh', ', geography: pre2025');
    expect(found[0]!.ref).toBe('pre2025:79');
    expect(found.every((a) => a.ref.startsWith('pre2025:'))).toBe(true);
  });

  it('an old district by name, with its ancestors', async () => {
    const res = await api.query('{ areas(search: "Huyện Chợ Đồn", asOf: "2020-01-01") { nodes { ref level ancestors { ref } } } }');
    expect(res.body.data.areas.nodes[0]).toEqual({ ref: 'pre2025:064', level: 'DISTRICT', ancestors: [{ ref: 'pre2025:06' }] });
  });
});
