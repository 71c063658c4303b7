import { INDICATORS } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const SERIES = `dimensions { govLevel component } defaultedDimensions emptyReason
  slicesWithData { dimensions { govLevel } observationCount periods undatedCount }
  observations { period value dimensions { govLevel } }`;

describe('no silent empty answers', () => {
  it('a series of a split indicator names the slices that have figures, and why the default one is empty (Hòa Bình, computers by level)', async () => {
    const { body } = await api.query(`{ series(indicator: "officials_with_computer_pct", area: "17") { ${SERIES} } }`);
    expect(body.errors).toBeUndefined();
    const s = body.data.series;
    expect(s.observations).toEqual([]);
    expect(s.dimensions.govLevel).toBe('ALL');
    expect(s.defaultedDimensions).toEqual(['govLevel']);
    const levels = s.slicesWithData.map((x: any) => x.dimensions.govLevel);
    expect(levels).toEqual(expect.arrayContaining(['PROVINCE', 'DISTRICT', 'COMMUNE']));
    expect(levels).not.toContain('ALL');
    const province = s.slicesWithData.find((x: any) => x.dimensions.govLevel === 'PROVINCE');
    expect(province.periods).toContain(2012);
    expect(province.observationCount).toBeGreaterThanOrEqual(province.periods.length);
    expect(s.emptyReason).toContain('govLevel ALL (default)');
    for (const level of ['PROVINCE', 'DISTRICT', 'COMMUNE']) expect(s.emptyReason).toContain(`govLevel ${level} (`);

    // Each named slice answers with exactly the figures it announced, and says nothing was defaulted.
    for (const slice of s.slicesWithData) {
      const again = await api.query(
        `{ series(indicator: "officials_with_computer_pct", area: "17", dimensions: { govLevel: ${slice.dimensions.govLevel} }) { ${SERIES} } }`,
      );
      const t = again.body.data.series;
      expect(t.observations).toHaveLength(slice.observationCount);
      expect(t.observations.every((o: any) => o.dimensions.govLevel === slice.dimensions.govLevel)).toBe(true);
      expect(t.defaultedDimensions).toEqual([]);
      expect(t.emptyReason).toBeNull();
    }
  });

  it('a series of an indicator split by a service mode or level, asked without it, names the values that have figures for the unit', async () => {
    const NO_DEFAULT = ['serviceMode', 'serviceLevel'];
    const codes = INDICATORS.filter((i) => i.dimensions.some((d) => NO_DEFAULT.includes(d))).map((i) => i.code);
    const { body } = await api.query(`query($c: [String!]) { observations(filter: { indicators: $c }, first: 500) { nodes { indicatorCode period status area { code geography } dimensions { serviceMode serviceLevel } } } }`, { c: codes });
    const figures: any[] = body.data.observations.nodes;
    const indicators = new Set(figures.map((f) => f.indicatorCode));
    expect(indicators.size).toBeGreaterThan(1); // split by mode and by level, in the data
    for (const code of indicators) {
      const mine = figures.filter((f) => f.indicatorCode === code);
      const area = `${mine[0].area.geography}:${mine[0].area.code}`;
      const status = mine[0].status;
      const ofArea = mine.filter((f) => `${f.area.geography}:${f.area.code}` === area && f.status === status);
      const dimension = NO_DEFAULT.find((d) => ofArea[0].dimensions[d] !== null)!;
      const refused = await api.query(`query($i: String!, $a: String!, $s: ObservationStatus) { series(indicator: $i, area: $a, status: $s) { observations { period } } }`, { i: code, a: area, s: status });
      const error: any = refused.body.errors?.[0];
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dimensions', missing: [dimension] });
      // The values named are exactly those the unit has figures for, and the message says them.
      const values = new Set(ofArea.map((f) => f.dimensions[dimension]));
      expect(new Set(error.extensions.slicesWithData.map((x: any) => x.dimensions[dimension]))).toEqual(values);
      for (const value of values) expect(error.message).toContain(`${dimension} ${value} (`);
      // Each named value answers with the figures announced.
      for (const slice of error.extensions.slicesWithData) {
        const again = await api.query(`query($i: String!, $a: String!, $d: DimensionsInput, $s: ObservationStatus) { series(indicator: $i, area: $a, dimensions: $d, status: $s) { observations { period } emptyReason } }`, {
          i: code,
          a: area,
          s: status,
          d: slice.dimensions,
        });
        expect(again.body.errors).toBeUndefined();
        expect(again.body.data.series.observations.map((o: any) => o.period).filter((p: any) => p !== null)).toEqual(slice.periods);
      }
    }
  });

  it('a series with figures has no empty reason; a unit without any figure of the indicator says so', async () => {
    const full = await api.query(`{ series(indicator: "dti_rank", area: "84") { ${SERIES} } }`);
    expect(full.body.data.series.observations.length).toBeGreaterThan(0);
    expect(full.body.data.series).toMatchObject({ emptyReason: null, defaultedDimensions: ['component'] });
    const none = await api.query(`{ series(indicator: "officials_with_computer_pct", area: "01") { ${SERIES} } }`);
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data.series.slicesWithData).toEqual([]);
    expect(none.body.data.series.emptyReason).toMatch(/has no ACTUAL figure of this indicator in any slice/);
  });

  it('reads the other slices only when asked, once for both fields: one statement more', async () => {
    const statementsOf = async (fields: string) => {
      api.database.statements.length = 0;
      const { body } = await api.query(`{ series(indicator: "officials_with_computer_pct", area: "17", status: ACTUAL) { ${fields} } }`);
      expect(body.errors).toBeUndefined();
      return api.database.statements.filter((sql) => /\bobservation\b/i.test(sql)).length;
    };
    const plain = await statementsOf('observations { period }');
    const explained = await statementsOf('observations { period } emptyReason slicesWithData { periods }');
    expect(plain).toBeGreaterThan(0);
    expect(explained).toBe(plain + 1);
  });

  it('the public ranking page of a year published for both sets of units offers the choice instead of refusing the address (DTI 2024)', async () => {
    for (const lang of ['vi', 'en']) {
      const res = await fetch(`${api.origin}/rankings/dti_rank/2024${lang === 'en' ? '?lang=en' : ''}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(lang === 'en' ? 'They are never ranked together' : 'Hai nhóm không bao giờ được xếp chung');
      const links = [...html.matchAll(/href="(\/rankings\/dti_rank\/2024\?[^"]*geography=(pre2025|post2025)[^"]*)"/g)];
      expect(links.map((l) => l[2]).sort()).toEqual(['post2025', 'pre2025']);
      for (const [, href] of links) {
        const ranking = await fetch(`${api.origin}${href!.replace(/&amp;/g, '&')}`);
        expect(ranking.status).toBe(200);
        expect(await ranking.text()).toContain('<table');
      }
    }
    // An embed cannot offer links in its frame: 400, with the same explanation and the parameter to add.
    const embed = await fetch(`${api.origin}/embed/ranking?indicator=dti_rank&period=2024&lang=en`);
    expect(embed.status).toBe(400);
    const text = await embed.text();
    expect(text).toContain('never ranked together');
    expect(text).toMatch(/geography=post2025 \(\d+ provinces with a figure\) or geography=pre2025 \(\d+ provinces with a figure\)/);
  });

  it('a ranking page for a year without data names the years that have some', async () => {
    const res = await fetch(`${api.origin}/rankings/dti_rank/2019?lang=en`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Years with data: 2020, 2021, 2022, 2023, 2024.');
    const vi = await fetch(`${api.origin}/rankings/dti_rank/2019`);
    expect(await vi.text()).toContain('Các năm có số liệu: 2020, 2021, 2022, 2023, 2024.');
  });
});
