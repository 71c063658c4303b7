import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

const testApp = useTestApp();

const get = (url: string) => testApp.app.inject({ method: 'GET', url });

describe('indicator page', () => {
  it('shows definition, editions with their methodologies, coverage, a ranking chart with its text alternative and data table, figures and embed code', async () => {
    const res = await get('/indicators/dti_rank');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<code>dti_rank</code>');
    expect(res.body).toContain('DTI 2022');
    expect(res.body).toContain('8 main indices (QĐ 922/QĐ-BTTTT, 20/05/2022)');
    expect(res.body).toContain('3 pillars, 108 component indexes (DTI 2020)');
    expect(res.body).toMatch(/<div class="chart" role="img" aria-label="Biểu đồ cột: [^"]+"><svg/);
    expect(res.body).toContain('/embed/ranking?indicator=dti_rank&amp;period=2024&amp;geography=post2025');
    expect(res.body).toContain('rel="next"');
    expect(res.rawPayload.length).toBeLessThan(100 * 1024);
    const next = /href="(\/indicators\/dti_rank\?after=[^"]+)" rel="next"/.exec(res.body)![1]!.replace(/&amp;/g, '&');
    const page2 = await get(next);
    expect(page2.statusCode).toBe(200);
    expect(page2.body).not.toBe(res.body);
  });

  it('answers an unknown code with 404 and a cursor of another list with 400', async () => {
    expect((await get('/indicators/no_such_indicator')).statusCode).toBe(404);
    const bad = await get('/indicators/dti_rank?after=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error"');
  });
});

describe('area page', () => {
  it('shows a pre-2025 province with its figures and the unit it went into; the new unit lists its predecessors and their figures', async () => {
    const old = await get('/areas/pre2025:17');
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('Tỉnh Hoà Bình');
    expect(old.body).toContain('href="/areas/post2025:25"');
    expect(old.body).toContain('gần 80 %');
    const merged = await get('/areas/post2025:25');
    expect(merged.statusCode).toBe(200);
    expect(merged.body).toContain('href="/areas/pre2025:17"');
    expect(merged.body).toContain('gần 80 %');
    expect((await get('/areas/pre2025:99')).statusCode).toBe(404);
  });
});

describe('source page', () => {
  it('quotes each figure in context when the licence does not allow the full text', async () => {
    const res = await get('/sources/15feef3f3e12');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình');
    expect(res.body).toMatch(/<mark>[^<]*gần 80% cán bộ/);
    const source = await testApp.database.db.selectFrom('source_document').select('text').where('content_hash', 'like', '15feef3f3e12%').executeTakeFirstOrThrow();
    // Not the whole text: a passage far from every figure stays out.
    const shown = res.body.replace(/<[^>]+>/g, '');
    expect(shown.length).toBeLessThan(source.text.length + 4000);
    expect((await get('/sources/000000000000')).statusCode).toBe(404);
  });

  it('shows the full text with every figure marked when the licence is open', async () => {
    const row = await testApp.database.db.selectFrom('source_document').select(['id', 'text']).where('content_hash', 'like', '15feef3f3e12%').executeTakeFirstOrThrow();
    await testApp.database.db.updateTable('source_document').set({ licence: 'CC-BY-4.0' }).where('id', '=', row.id).execute();
    try {
      const res = await get('/sources/15feef3f3e12');
      const figures = await testApp.database.db.selectFrom('observation').select(['quote']).where('source_id', '=', row.id).where('review_status', '=', 'APPROVED').where('superseded_at', 'is', null).execute();
      const marks = [...res.body.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]);
      for (const f of figures) expect(marks.some((m) => m!.includes((f.quote ?? '').replace(/\s+/g, ' ').slice(0, 20).split(' ')[0]!))).toBe(true);
      expect(res.body).toContain('Toàn văn');
    } finally {
      await testApp.database.db.updateTable('source_document').set({ licence: null }).where('id', '=', row.id).execute();
    }
  });
});

describe('chart embeds', () => {
  const line = '/embed/line?indicator=dti_rank&areas=pre2025:48,pre2025:79,pre2025:38&dims=component:OVERALL';
  it('line chart: one line per area and methodology, breaks drawn; SVG, PNG and the CSV of exactly the figures drawn', async () => {
    const html = await get(line);
    expect(html.statusCode).toBe(200);
    expect(html.headers['cache-control']).toBe('public, max-age=60');
    expect(html.body).toContain('Đổi phương pháp');
    expect(html.body).toMatch(/aria-label="Biểu đồ đường: [^"]*lần đổi phương pháp/);
    const svg = await get(line.replace('/embed/line', '/embed/line.svg'));
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toContain('Đà Nẵng');
    const png = await get(line.replace('/embed/line', '/embed/line.png'));
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const csv = await get(line.replace('/embed/line', '/embed/line.csv'));
    const rows = csv.body.trim().split('\r\n').slice(1);
    const shown = [...html.body.matchAll(/<td class="num"><a href="\/figures\//g)].length;
    expect(rows.length).toBe(shown);
    expect(rows.every((r) => r.startsWith('dti_rank,pre2025,'))).toBe(true);
  });

  it('ranking: one edition, every province once, in the published order', async () => {
    const csv = await get('/embed/ranking.csv?indicator=dti_rank&period=2022');
    const rows = csv.body.trim().split('\r\n').slice(1);
    expect(rows.length).toBe(63);
    const values = rows.map((r) => Number(r.split(',')[6]));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const html = await get('/embed/ranking?indicator=dti_rank&period=2022&lang=en');
    expect(html.body).toContain('<html lang="en">');
    expect(html.body).toContain('DTI 2022');
    // The chart credits the index's publisher; egov-vn only compiled it.
    const svg = await get('/embed/ranking.svg?indicator=dti_rank&period=2022');
    expect(svg.body).toMatch(/Nguồn: [^<]*Bộ Thông tin và Truyền thông[^<]* · egov-vn, CC BY 4\.0/);
  });

  it('bad input: too many areas, unknown code, a period without data, malformed asOf', async () => {
    const tooMany = await get('/embed/line?indicator=dti_rank&areas=01,02,04,06,08,10,11,12,14');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('TOO_MANY_AREAS');
    expect((await get('/embed/line?indicator=nope&areas=01')).statusCode).toBe(404);
    const empty = await get('/embed/ranking?indicator=dti_rank&period=1999');
    expect(empty.statusCode).toBe(404);
    expect(empty.body).toContain('NO_DATA');
    expect((await get('/embed/ranking.png?indicator=dti_rank&period=2022&asOf=soon')).statusCode).toBe(400);
  });
});
