import { upsertObservations } from '@egov-vn/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';
import { findHoaBinhComputerFigure } from '../support/newsroom-figures.js';

const testApp = useTestApp();
/** "gần 80% cán bộ, công chức (CBCC) cấp tỉnh ... được trang bị máy tính" (Hòa Bình, 2012). */
let hoaBinh: { id: number; natural_key: string; revision: number };

beforeAll(async () => {
  hoaBinh = await findHoaBinhComputerFigure(testApp.database.db);
});

const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });

describe('landing page', () => {
  it('says what the data is, in Vietnamese by default and in English on request, light and cookie-free', async () => {
    const vi = await get('/');
    expect(vi.statusCode).toBe(200);
    expect(vi.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(vi.headers['set-cookie']).toBeUndefined();
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('action="/search"');
    expect(vi.body).toContain('href="/indicators/officials_with_computer_pct"');
    expect(vi.body).toContain('Chỉ số tổng hợp');
    expect(vi.rawPayload.length).toBeLessThan(100 * 1024);
    expect(vi.body).not.toMatch(/<script(?![^>]*src="\/assets\/)/);
    const en = await get('/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Composite indices');
    expect(en.body).toContain('href="/indicators/officials_with_computer_pct?lang=en"');
  });
});

describe('figure page', () => {
  it('writes the value as a person would and shows the quote in context with its source, revisions, citation and embed code', async () => {
    const res = await get(`/figures/${hoaBinh.natural_key}.${hoaBinh.revision}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<p class="value">gần 80 %</p>');
    expect(res.body).toMatch(/<mark>[^<]*gần 80% cán bộ, công chức \(CBCC\) cấp tỉnh[^<]*<\/mark>/);
    expect(res.body).toContain('Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình');
    expect(res.body).toContain('2012-11-28');
    expect(res.body).toContain(`/embed/figure/${hoaBinh.natural_key}.${hoaBinh.revision}`);
    expect(res.body).toContain('data-egov-embed');
    expect(res.rawPayload.length).toBeLessThan(100 * 1024);
    const en = await get(`/figures/${hoaBinh.natural_key}.${hoaBinh.revision}?lang=en`);
    expect(en.body).toContain('<p class="value">nearly 80%</p>');
  });

  it('answers an unknown figure with a styled 404 and a malformed one too', async () => {
    for (const url of ['/figures/0123456789abcdef0123456789abcdef.1', '/figures/nope']) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('class="error"');
      expect(res.body).toContain('NOT_FOUND');
    }
  });
});

describe('figure card embed', () => {
  it('comes as HTML, SVG, PNG and CSV of exactly the figure shown; a version is pinned (immutable, ETag, 304)', async () => {
    const base = `/embed/figure/${hoaBinh.natural_key}.${hoaBinh.revision}`;
    const html = await get(base);
    expect(html.statusCode).toBe(200);
    expect(html.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(html.headers.etag).toBeTruthy();
    expect(html.body).toContain('gần 80 %');
    expect(html.body).toContain('CC BY 4.0');
    expect(html.body).toContain(`href="/figures/${hoaBinh.natural_key}.${hoaBinh.revision}"`);
    expect(html.body).toContain('<script src="/assets/embed.js" defer></script>');
    const again = await get(base, { 'if-none-match': html.headers.etag as string });
    expect(again.statusCode).toBe(304);

    const svg = await get(`${base}.svg`);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body).toMatch(/^<svg/);
    expect(svg.body).toContain('gần 80 %');

    const png = await get(`${base}.png`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');

    const csv = await get(`${base}.csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^officials_with_computer_pct,pre2025,17,Tỉnh Hoà Bình,2012,govLevel=PROVINCE,80,APPROX,percent,/);
  });

  it('bad input renders a styled message with 400, as text for images', async () => {
    const bad = await get(`/embed/figure/${hoaBinh.natural_key}?asOf=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error"');
    expect(bad.body).toContain('BAD_AS_OF');
    const future = await get(`/embed/figure/${hoaBinh.natural_key}?asOf=2099-01-01T00:00:00Z`);
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('AS_OF_IN_FUTURE');
    const png = await get(`/embed/figure/${hoaBinh.natural_key}.png?asOf=2020-13-01`);
    expect(png.statusCode).toBe(400);
    expect(png.headers['content-type']).toBe('text/plain; charset=utf-8');
    const missing = await get('/embed/figure/0123456789abcdef0123456789abcdef.svg');
    expect(missing.statusCode).toBe(404);
  });

  it('a pinned card keeps its bytes after a correction; the unpinned one follows; the newer-data question says so', async () => {
    const { db } = testApp.database;
    const pinnedUrl = `/embed/figure/${hoaBinh.natural_key}.${hoaBinh.revision}`;
    const before = await get(pinnedUrl);
    const beforePng = await get(`${pinnedUrl}.png`);
    const moment = new Date();
    await new Promise((r) => setTimeout(r, 5));
    expect((await get(`/embed/newer?ids=${hoaBinh.id}`)).json()).toEqual({ newer: false });

    const old = await db.selectFrom('observation').selectAll().where('id', '=', hoaBinh.id).executeTakeFirstOrThrow();
    const { id: _id, revision: _r, superseded_by: _s, superseded_at: _a, created_at: _c, updated_at: _u, ...rest } = old;
    // A correction is approved when it is written: its own approval time, not the old version's.
    const correction = { ...rest, value: '81', dimensions: JSON.stringify(old.dimensions), reviewed_at: new Date() };
    await db.transaction().execute((trx) => upsertObservations(trx, [correction]));

    const after = await get(pinnedUrl);
    expect(after.rawPayload.equals(before.rawPayload)).toBe(true);
    expect((await get(`${pinnedUrl}.png`)).rawPayload.equals(beforePng.rawPayload)).toBe(true);
    const asOf = await get(`/embed/figure/${hoaBinh.natural_key}?asOf=${moment.toISOString()}`);
    expect(asOf.rawPayload.equals(before.rawPayload)).toBe(true);
    expect(asOf.headers['cache-control']).toContain('immutable');

    const latest = await get(`/embed/figure/${hoaBinh.natural_key}`);
    expect(latest.headers['cache-control']).toBe('public, max-age=60');
    expect(latest.body).toContain('gần 81 %');
    expect((await get(`/embed/newer?ids=${hoaBinh.id}`)).json()).toEqual({ newer: true, href: `/figures/${hoaBinh.natural_key}` });

    const page = await get(`/figures/${hoaBinh.natural_key}.${hoaBinh.revision}`);
    expect(page.body).toContain(`href="/figures/${hoaBinh.natural_key}.${hoaBinh.revision + 1}"`);
    expect(page.body).toContain('Số liệu đã được cập nhật');
  });
});
