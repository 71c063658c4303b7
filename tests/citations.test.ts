import { loadIndexObservations } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const FIGURE = `figureKey revision quote transcribedRow quoteStart quoteEnd locator locatorEn note
  vi: citation en: citation(lang: EN)
  source { kind title titleEn language publisher publishedAt url text }`;

describe('citations a person can print', () => {
  it("a transcribed table row is cited by its place in the table, in Vietnamese and English, never as a quote (Trà Vinh, DTI 2022)", async () => {
    const { body } = await api.query(`{ series(indicator: "dti_rank", area: "84") { observations { period source { url } ${FIGURE} } } }`);
    expect(body.errors).toBeUndefined();
    const o = body.data.series.observations.find((x: any) => x.period === 2022 && x.source.url === 'https://dti.gov.vn/xep-hang-2022');
    expect(o).toBeDefined();
    expect(o.quote).toBeNull();
    expect(o.source.text.slice(o.quoteStart, o.quoteEnd)).toBe(o.transcribedRow);
    expect(o.transcribedRow).toContain('Trà Vinh');
    expect(o.locator).toBe('DTI 2022, bảng xếp hạng cấp tỉnh, hạng 25');
    expect(o.locatorEn).toBe('DTI 2022, provincial ranking table, rank 25');
    expect(o.source).toMatchObject({ kind: 'TABLE', language: 'VI', publisher: 'Bộ Thông tin và Truyền thông', publishedAt: '2023-07-12' });
    expect(o.vi).toBe(`${o.locator} — ${o.source.title}, Bộ Thông tin và Truyền thông, 12/07/2023, https://dti.gov.vn/xep-hang-2022.`);
    expect(o.en).toBe(`${o.locatorEn} — ${o.source.title} [${o.source.titleEn}], Bộ Thông tin và Truyền thông, 2023-07-12, https://dti.gov.vn/xep-hang-2022.`);
    expect(o.vi).not.toContain(o.transcribedRow);

    // The figure's public page and card name the place in the table and print the same citation; no quote marks around the row.
    const key = `${o.figureKey}.${o.revision}`;
    for (const [lang, locator, citation] of [['vi', o.locator, o.vi], ['en', o.locatorEn, o.en]] as const) {
      const page = await (await fetch(`${api.origin}/figures/${key}?lang=${lang}`)).text();
      expect(page).toContain(locator);
      expect(page).toContain(citation);
      expect(page).not.toContain('<blockquote>');
      const card = await (await fetch(`${api.origin}/embed/figure/${key}?lang=${lang}`)).text();
      expect(card).toContain(locator);
      expect(card).not.toContain('<blockquote>');
    }
  });

  it('no table figure is presented with a quote, and no citation carries the transcribed row or its note', async () => {
    const { body } = await api.query(`{ observations(filter: { indicator: "dti_rank" }, first: 500) { nodes { ${FIGURE} } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.observations.nodes as any[];
    const tables = nodes.filter((o) => o.source.kind === 'TABLE');
    expect(tables.length).toBeGreaterThan(50);
    const withNote = tables.filter((o) => o.note);
    expect(withNote.length).toBeGreaterThan(0);
    for (const o of tables) {
      expect(o.quote).toBeNull();
      expect(o.transcribedRow).toBe(o.source.text.slice(o.quoteStart, o.quoteEnd));
      expect(o.locator).toMatch(/^DTI 20\d\d, /);
      expect(o.locatorEn).toMatch(/^DTI 20\d\d, /);
      expect(o.vi.startsWith(`${o.locator} — `)).toBe(true);
      expect(o.en.startsWith(`${o.locatorEn} — `)).toBe(true);
      for (const c of [o.vi, o.en]) {
        expect(c).not.toContain(o.transcribedRow);
        if (o.note) expect(c).not.toContain(o.note);
      }
    }
  });

  it("a founding article is cited by its quote; the outlet and address the corpus does not record are said to be unknown, in both languages", async () => {
    const { body } = await api.query(`{ observations(filter: { indicator: "officials_with_computer_pct", area: "17" }, first: 10) { nodes { period ${FIGURE} } } }`);
    expect(body.errors).toBeUndefined();
    const o = (body.data.observations.nodes as any[]).find((x) => x.source.publishedAt === '2012-11-28');
    expect(o).toBeDefined();
    expect(o.source).toMatchObject({ kind: 'ARTICLE', language: 'VI', titleEn: null, publisher: null, url: null });
    expect(o.source.text.slice(o.quoteStart, o.quoteEnd)).toBe(o.quote);
    expect(o).toMatchObject({ transcribedRow: null, locator: null, locatorEn: null });
    const quote = o.quote.replace(/\s+/g, ' ').trim();
    expect(o.vi).toBe(`“${quote}” — ${o.source.title}, không rõ nơi đăng, 28/11/2012, không rõ địa chỉ.`);
    expect(o.en).toBe(`“${quote}” — ${o.source.title} [in Vietnamese; no English title recorded], outlet unknown, 2012-11-28, no address recorded.`);
  });

  it('every source has a printable citation and a title in its own language, with the English title from the data beside it', async () => {
    const { body } = await api.query(`{ sources(first: 200) { totalCount nodes { kind title titleEn language publisher url vi: citation en: citation(lang: EN) } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.sources.nodes as any[];
    expect(nodes).toHaveLength(body.data.sources.totalCount);
    const { sources } = loadIndexObservations();
    const byUrl = new Map(sources.map((s) => [s.url, s]));
    let tables = 0;
    for (const s of nodes) {
      expect(s.vi.startsWith(s.title)).toBe(true);
      expect(s.en.startsWith(s.title)).toBe(true);
      if (s.kind !== 'TABLE') continue;
      tables++;
      const data = byUrl.get(s.url)!;
      expect(s).toMatchObject({ title: data.title, titleEn: data.titleEn, language: data.language.toUpperCase() });
      // Each edition named once in a title ("DTI 2021; DTI 2021; …" was a bug).
      const editions = s.title.split(':')[0].split('; ');
      expect(new Set(editions).size).toBe(editions.length);
      if (s.language === 'VI') expect(s.en).toContain(`[${s.titleEn}]`);
    }
    expect(tables).toBe(sources.length);
  });
});
