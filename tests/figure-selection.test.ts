import { loadIndexObservations } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

const SELECTION = 'selection { chosen rule reason conflicting alternatives { valueText source { url role } } }';
const { sources, observations } = loadIndexObservations();
const urlOf = new Map(sources.map((s) => [s.key, s.url]));

/** Slices of the index tables reported by more than one page. */
function multiSourceSlices() {
  const slices = new Map<string, typeof observations>();
  for (const o of observations) {
    const key = [o.indicator, o.dimensions.component, o.geography, o.areaCode, o.period].join('|');
    slices.set(key, [...(slices.get(key) ?? []), o]);
  }
  return [...slices.values()].filter((s) => s.length > 1);
}

describe('several current figures for one slice: one rule, shown', () => {
  it("Trà Vinh's DTI 2022 rank: the ministry's table wins over the province's page (PRIMARY_PUBLISHER), the other is an alternative", async () => {
    const { body } = await api.query(`{
      series(indicator: "dti_rank", area: "84") { periodsWithAlternatives observations { period valueText source { url role } ${SELECTION} } }
      rankingTable(indicator: "dti_rank", period: 2022) { entries { area { code } observation { source { url } ${SELECTION} } } }
    }`);
    expect(body.errors).toBeUndefined();
    const y2022 = body.data.series.observations.filter((o: any) => o.period === 2022);
    expect(y2022.length).toBeGreaterThan(1);
    expect(body.data.series.periodsWithAlternatives).toContain(2022);
    const chosen = y2022.filter((o: any) => o.selection.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ source: { url: 'https://dti.gov.vn/xep-hang-2022', role: 'PRIMARY' }, selection: { rule: 'PRIMARY_PUBLISHER', conflicting: false } });
    expect(chosen[0].selection.alternatives.every((a: any) => a.source.role === 'SECONDARY')).toBe(true);
    for (const o of y2022.filter((o: any) => !o.selection.chosen)) {
      expect(o.selection.alternatives.map((a: any) => a.source.url)).toContain('https://dti.gov.vn/xep-hang-2022');
    }
    // The ranking uses the chosen figure.
    const entry = body.data.rankingTable.entries.find((e: any) => e.area.code === '84');
    expect(entry.observation.source.url).toBe('https://dti.gov.vn/xep-hang-2022');
    expect(entry.observation.selection.chosen).toBe(true);
  });

  it('every ranked figure is the chosen one of its slice', async () => {
    const { body } = await api.query(`{ rankingTable(indicator: "dti_rank", period: 2021) { entries { observation { selection { chosen } } } } }`);
    expect(body.data.rankingTable.entries.every((e: any) => e.observation.selection.chosen)).toBe(true);
  });

  it('a figure alone in its slice is ONLY_FIGURE, with no alternatives', async () => {
    const single = observations.find((o) => !multiSourceSlices().some((s) => s.includes(o)) && o.geography === 'pre2025')!;
    const { body } = await api.query(
      `query($i: String!, $a: String!, $c: IndexComponent!) { series(indicator: $i, area: $a, dimensions: { component: $c }) { periodsWithAlternatives observations { period ${SELECTION} } } }`,
      { i: single.indicator, a: single.areaCode, c: single.dimensions.component },
    );
    const o = body.data.series.observations.find((x: any) => x.period === single.period);
    if (body.data.series.periodsWithAlternatives.includes(single.period)) return; // another kind of source reports it too
    expect(o.selection).toMatchObject({ chosen: true, rule: 'ONLY_FIGURE', alternatives: [], conflicting: false });
  });

  it('sources that disagree are flagged as conflicting on every figure of the slice', async () => {
    const disagreeing = multiSourceSlices().find((s) => new Set(s.map((o) => Number(o.value))).size > 1);
    if (!disagreeing) return; // the tables hold no disagreement today (the passes are checked in build-data)
    const o = disagreeing[0]!;
    const { body } = await api.query(
      `query($i: String!, $a: String!, $c: IndexComponent!) { series(indicator: $i, area: $a, dimensions: { component: $c }) { observations { period source { url } ${SELECTION} } } }`,
      { i: o.indicator, a: `${o.geography}:${o.areaCode}`, c: o.dimensions.component },
    );
    const slice = body.data.series.observations.filter((x: any) => x.period === o.period && disagreeing.some((d) => urlOf.get(d.sourceKey) === x.source.url));
    expect(slice.length).toBe(disagreeing.length);
    expect(slice.every((x: any) => x.selection.conflicting)).toBe(true);
    expect(slice.filter((x: any) => x.selection.chosen)).toHaveLength(1);
  });
});
