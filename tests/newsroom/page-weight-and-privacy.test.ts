import { beforeAll, describe, expect, it } from 'vitest';
import { findHoaBinhComputerFigure } from '../support/newsroom-figures.js';
import { useTestApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

/** Issue 11: "a page under 100 KB before images". */
const PAGE_BUDGET_BYTES = 100 * 1024;

/** Whatever makes a browser fetch something: scripts, stylesheets, images, frames, fonts, CSS urls and imports. */
function fetchedBy(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(script|img|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]*)"/g)) found.push(m[2]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /rel="([^"]*)"/.exec(m[0])?.[1] ?? '';
    // An oEmbed discovery link is read by a CMS, never fetched by a browser.
    if (rel !== 'alternate') found.push(/href="([^"]*)"/.exec(m[0])?.[1] ?? '');
  }
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)/g)) found.push(m[1]!);
  for (const m of html.matchAll(/@import\s+['"]([^'"]+)/g)) found.push(m[1]!);
  return found;
}

// What the server writes does not depend on the database: once.
describe.runIf(TEST_DB === 'pglite')('every page kind is light, private and asks only our own server', () => {
  const testApp = useTestApp();
  let figure: string;
  beforeAll(async () => {
    figure = (await findHoaBinhComputerFigure(testApp.database.db)).natural_key;
  });

  const pages = () => [
    '/',
    '/?lang=en',
    '/indicators/dti_rank',
    '/indicators/officials_with_computer_pct?lang=en',
    '/areas/pre2025:17',
    '/areas/post2025:25',
    `/figures/${figure}`,
    '/sources/15feef3f3e12',
    '/rankings/dti_rank/2022',
    '/search?q=hoa%20binh',
    `/embed/figure/${figure}`,
    '/embed/line?indicator=dti_rank&areas=pre2025:48,pre2025:79,pre2025:38',
    '/embed/ranking?indicator=dti_rank&period=2022',
  ];

  it('pages and embeds: under 100 KB of HTML (inline charts included), no cookie, every resource from our origin', async () => {
    const sizes: Record<string, number> = {};
    for (const path of pages()) {
      const res = await testApp.app.inject({ method: 'GET', url: path });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['set-cookie'], path).toBeUndefined();
      sizes[path] = res.rawPayload.length;
      expect(res.rawPayload.length, path).toBeLessThan(PAGE_BUDGET_BYTES);
      const external = fetchedBy(res.body).filter((u) => !u.startsWith('/') || u.startsWith('//'));
      expect(external, path).toEqual([]);
    }
    // The pages are real pages, not empty shells.
    expect(Math.max(...Object.values(sizes))).toBeGreaterThan(10 * 1024);
  });

  it('our static files fetch nothing from elsewhere either, and set no cookie', async () => {
    for (const name of ['site.css', 'page.js', 'embed.js', 'embed-host.js']) {
      const res = await testApp.app.inject({ method: 'GET', url: `/assets/${name}` });
      expect(res.statusCode, name).toBe(200);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(fetchedBy(res.body).filter((u) => !u.startsWith('/') && !u.startsWith('data:')), name).toEqual([]);
      expect(res.body, name).not.toMatch(/https?:\/\//);
      expect(res.body, name).not.toMatch(/document\.cookie|localStorage/);
    }
  });
});
