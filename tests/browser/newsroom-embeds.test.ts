import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '@egov-vn/api';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from '../../packages/api/src/pages/embed-code.js';
import { launchChromium } from '../support/browser.js';
import { startTestServer, TEST_DB } from '../support/test-database.js';
import { findHoaBinhComputerFigure } from '../support/newsroom-figures.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An article on another origin (a second local port): the page a newsroom publishes. */
async function startHostSite() {
  let html = '<!doctype html><title>empty</title>';
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish(embeds: string[]) {
      html =
        '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết</title></head><body><h1>Bài viết</h1>' +
        embeds.map((e) => `<p>Đoạn văn của bài báo.</p>${e}`).join('') +
        '</body></html>';
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Everything a page asks for, anything not on this machine refused (and remembered), console errors kept. */
async function watchedPage(context: BrowserContext) {
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = ['data:', 'blob:', 'about:'].includes(url.protocol) || ['127.0.0.1', 'localhost'].includes(url.hostname);
    if (local) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page.on('console', (msg) => msg.type() === 'error' && errors.push(`${msg.location().url}: ${msg.text()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, external, errors };
}

/** How much the picture varies: a blank (single-colour) screenshot has none. Decoded by the browser. */
async function pixelSpread(page: Page, png: Buffer): Promise<{ stddev: number; inked: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    let sq = 0;
    let inked = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += y;
      sq += y * y;
      if (y < 200) inked++;
    }
    const mean = sum / n;
    return { stddev: Math.sqrt(sq / n - mean * mean), inked: inked / n };
  }, png.toString('base64'));
}

// Pages and embeds are the same on both databases: run once (as the other browser tests do).
describe.runIf(TEST_DB === 'pglite')('newsroom embeds and pages in a real browser', () => {
  let api: Awaited<ReturnType<typeof startTestServer>>;
  let host: Awaited<ReturnType<typeof startHostSite>>;
  let browser: Browser;
  let context: BrowserContext;
  /** "gần 80% cán bộ ... được trang bị máy tính" (Hòa Bình, 2012). */
  let hoaBinh: { natural_key: string; revision: number };
  const line = '/embed/line?indicator=dti_rank&areas=pre2025:48,pre2025:79,pre2025:38&dims=component:OVERALL';

  beforeAll(async () => {
    api = await startTestServer();
    host = await startHostSite();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 900, height: 3000 } });
    hoaBinh = await findHoaBinhComputerFigure(api.database.db);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await api?.close();
  });

  /** What a CMS pastes for one of our pages, asked by oEmbed. */
  async function oembedHtml(pagePath: string): Promise<string> {
    const res = await fetch(`${api.origin}/oembed?url=${encodeURIComponent(api.origin + pagePath)}&format=json`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { html: string }).html;
  }
  const frameSrc = (snippet: string) => /<iframe src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');

  async function embeddedFrames(page: Page, count: number): Promise<Frame[]> {
    const frames = page.locator('iframe[data-egov-embed]');
    await expect.poll(() => frames.count()).toBe(count);
    const out: Frame[] = [];
    for (let i = 0; i < count; i++) {
      const element = frames.nth(i);
      await element.scrollIntoViewIfNeeded();
      const frame = (await (await element.elementHandle())!.contentFrame())!;
      await frame.waitForLoadState('load');
      out.push(frame);
    }
    return out;
  }

  it('an article on another origin embeds a figure card, a line chart and a ranking: each renders, fits its frame, no console error, nothing leaves the machine', async () => {
    const embeds = [
      await oembedHtml(`/figures/${hoaBinh.natural_key}`),
      embedSnippet(api.origin, line, 'DTI', EMBED_HEIGHT.line),
      await oembedHtml('/rankings/dti_rank/2022'),
    ];
    host.publish(embeds);
    const { page, external, errors } = await watchedPage(context);
    await page.goto(host.origin);
    const frames = await embeddedFrames(page, 3);
    expect(new URL(page.url()).origin).toBe(host.origin);
    expect(host.origin).not.toBe(api.origin);

    const [card, lineFrame, ranking] = frames;
    expect(new URL(card!.url()).origin).toBe(api.origin);
    await expect.poll(() => card!.locator('main').innerText()).toMatch(/gần 80\s?%/);
    expect(await card!.locator('main').innerText()).toMatch(/Hoà Bình|Hòa Bình/);
    await lineFrame!.locator('.chart svg').first().waitFor();
    await ranking!.locator('.chart svg').first().waitFor();
    // The data table (behind a disclosure) lists every province shown.
    expect(await ranking!.locator('table').textContent()).toContain('Đà Nẵng');

    const iframes = page.locator('iframe[data-egov-embed]');
    for (let i = 0; i < frames.length; i++) {
      // Auto-height: the host's script sets the frame to the height the embed posts.
      const contentHeight = await frames[i]!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await expect.poll(async () => Math.abs((await iframes.nth(i).evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height)) - contentHeight)).toBeLessThanOrEqual(2);
      const spread = await pixelSpread(page, await iframes.nth(i).screenshot());
      expect(spread.stddev, `frame ${i} is not blank`).toBeGreaterThan(15);
      expect(spread.inked, `frame ${i} has ink`).toBeGreaterThan(0.01);
    }
    expect(await iframes.nth(2).evaluate((f) => f.getBoundingClientRect().height)).not.toBe(EMBED_HEIGHT.ranking);
    await page.screenshot({ path: join(tmpdir(), 'egov-newsroom-article.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await page.close();
  });

  it('pages and embeds pass axe-core with no serious or critical violation, set no cookie and ask nothing of other hosts', async () => {
    const paths = [
      '/',
      '/?lang=en',
      '/indicators/dti_rank',
      '/indicators/officials_with_computer_pct',
      '/areas/pre2025:17',
      `/figures/${hoaBinh.natural_key}`,
      '/sources/15feef3f3e12',
      '/rankings/dti_rank/2022',
      '/search?q=hoa+binh',
      `/embed/figure/${hoaBinh.natural_key}`,
      line,
      '/embed/ranking?indicator=dti_rank&period=2022',
      '/embed/ranking?indicator=dti_rank&period=1999',
    ];
    const { page, external, errors } = await watchedPage(context);
    const found: string[] = [];
    for (const path of paths) {
      const res = await page.goto(api.origin + path);
      expect(res!.status(), path).toBe(path.endsWith('1999') ? 404 : 200);
      // Evaluated by the test driver: the pages' Content-Security-Policy rightly refuses an injected inline script.
      await page.evaluate(AXE_SOURCE);
      const violations = (await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
          resultTypes: ['violations'],
        });
        if (result.passes.length === 0) return [{ id: 'axe-did-not-run', impact: 'critical', nodes: [] }];
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      })) as { id: string; impact: string; where: string[] }[];
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${path}: ${v.id} (${v.impact}) at ${v.where.join(', ')}`);
    }
    expect(found).toEqual([]);
    // The 404 of the empty ranking is the one console error a browser reports for it.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(external).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await page.close();
  });

  it('a pinned embed keeps its bytes after a correction is written; the frame then shows the discreet newer-data link', async () => {
    const cardSnippet = await oembedHtml(`/figures/${hoaBinh.natural_key}`);
    const rankingSnippet = await oembedHtml('/rankings/dti_rank/2022');
    const pinned = [frameSrc(cardSnippet), frameSrc(rankingSnippet)];
    expect(pinned[1]).toMatch(/asOf=/);
    const formats = (src: string) => ['', '.svg', '.png', '.csv'].map((ext) => src.replace(/(\/embed\/[a-z]+(?:\/[0-9a-f.]+)?)/, `$1${ext}`));
    const addresses = pinned.flatMap(formats);
    const bytes = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());
    const before = await Promise.all(addresses.map(bytes));

    // A curator corrects the card's figure and the last province of the ranking, through the API.
    const { key } = await createApiKey(api.database.db, 'curator-newsroom', 'curator');
    const last = (await api.query<{ ranking: { rank: number; observation: { figureKey: string; revision: number } }[] }>(
      '{ ranking(indicator: "dti_rank", period: 2022) { rank observation { figureKey revision } } }',
    )).body.data!.ranking.at(-1)!;
    const correct = async (figureKey: string, expectedRevision: number, value: string) => {
      const res = await fetch(`${api.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({
          query: 'mutation($i: CorrectFigureInput!) { correctFigure(input: $i) { revision } }',
          variables: { i: { figureKey, expectedRevision, value, reason: 'newsroom browser test' } },
        }),
      });
      const body = (await res.json()) as { data?: { correctFigure: { revision: number } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data!.correctFigure.revision).toBe(expectedRevision + 1);
    };
    await correct(hoaBinh.natural_key, hoaBinh.revision, '81');
    await correct(last.observation.figureKey, last.observation.revision, String(last.rank - 1));

    const after = await Promise.all(addresses.map(bytes));
    for (let i = 0; i < addresses.length; i++) expect(after[i]!.equals(before[i]!), addresses[i]).toBe(true);
    // The unpinned ones follow the data.
    expect((await (await fetch(`${api.origin}/embed/figure/${hoaBinh.natural_key}`)).text())).toMatch(/81\s?%/);

    host.publish([cardSnippet, rankingSnippet]);
    const { page, external, errors } = await watchedPage(context);
    await page.goto(host.origin);
    const frames = await embeddedFrames(page, 2);
    for (const frame of frames) {
      const link = frame.locator('[data-newer-check] a');
      await link.waitFor({ timeout: 10_000 });
      expect(await link.getAttribute('href')).toMatch(/^\/figures\/[0-9a-f]{32}/);
    }
    expect(await frames[0]!.locator('main').innerText()).toMatch(/gần 80\s?%/);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });
});
