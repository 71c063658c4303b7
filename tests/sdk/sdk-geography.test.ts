import { createClient, type EgovClient, EgovGraphQLError } from '@egov-vn/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-database.js';

// Geography over time through the SDK, against the real API over HTTP.

let api: Awaited<ReturnType<typeof startTestServer>>;
let egov: EgovClient;
beforeAll(async () => {
  api = await startTestServer();
  egov = createClient({ endpoint: api.url });
});
afterAll(() => api?.close());

describe('SDK: geography over time', () => {
  it('area(code, { asOf }) names the successor of the old province', async () => {
    const hoaBinh = await egov.area('17', { asOf: '2020-01-01' });
    expect(hoaBinh).toMatchObject({ ref: 'pre2025:17', validTo: '2025-06-30' });
    expect(hoaBinh.successors).toEqual([
      { area: expect.objectContaining({ ref: 'post2025:25', name: 'Phú Thọ' }), kind: 'FULL', effectiveOn: '2025-07-01' },
    ]);
    expect(hoaBinh.predecessors).toEqual([]);
  });

  it("lists today's Thái Nguyên's predecessors: Bắc Kạn and the old Thái Nguyên", async () => {
    const thaiNguyen = await egov.area('post2025:19');
    expect(thaiNguyen.predecessors.map((l) => [l.area.ref, l.kind]).sort()).toEqual([
      ['pre2025:06', 'FULL'],
      ['pre2025:19', 'FULL'],
    ]);
  });

  it('areas({ asOf }) returns the units in force on that date', async () => {
    expect(await egov.areas({ level: 'PROVINCE', asOf: '2020-01-01' }).toArray({ limit: 100 })).toHaveLength(63);
    expect(await egov.areas({ asOf: '2026-01-01' }).toArray({ limit: 100 })).toHaveLength(34);
    const [found] = await egov.areas({ search: 'hoa binh', asOf: '2020-01-01' }).toArray({ limit: 1 });
    expect(found).toMatchObject({ code: '17', geography: 'pre2025' });
  });

  it("returns Hòa Bình's figures through today's Phú Thọ, labelled as Hòa Bình's", async () => {
    const figures = await egov
      .observations({ indicator: 'officials_with_computer_pct', area: '25', geographyMode: 'HISTORICAL', periodFrom: 2012, periodTo: 2012 })
      .toArray({ limit: 50 });
    expect(figures.map((f) => [f.dimensions.govLevel, f.value, f.qualifier]).sort()).toEqual([
      ['COMMUNE', 20, 'MORE_THAN'],
      ['DISTRICT', 70, 'EXACT'],
      ['PROVINCE', 80, 'APPROX'],
    ]);
    for (const f of figures) {
      expect(f.area.ref).toBe('pre2025:17');
      expect(f.via).toMatchObject({ requested: { ref: 'post2025:25' }, predecessor: { ref: 'pre2025:17' }, kind: 'FULL' });
      expect(f.provenance.quote).toContain('được trang bị máy tính');
    }
  });

  it('a reused code without asOf is an AMBIGUOUS_AREA error', async () => {
    const error = await egov.area('01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovGraphQLError);
    expect((error as EgovGraphQLError).serverCode).toBe('AMBIGUOUS_AREA');
  });
});
