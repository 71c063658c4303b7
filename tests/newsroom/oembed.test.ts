import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';
import { findHoaBinhComputerFigure } from '../support/newsroom-figures.js';

const testApp = useTestApp();
let figureKey: string;

beforeAll(async () => {
  // "gần 80% cán bộ ... được trang bị máy tính" (Hòa Bình, 2012)
  const row = await findHoaBinhComputerFigure(testApp.database.db);
  figureKey = row.natural_key;
});

const ORIGIN = 'http://localhost:80';
const get = (url: string) => testApp.app.inject({ method: 'GET', url });
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The oEmbed discovery address a page announces. */
function discovery(html: string): string {
  const m = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
  expect(m, 'oEmbed discovery link').not.toBeNull();
  return unescape(m![1]!);
}

/** The iframe address inside the embed code a page offers to copy. */
function copiedFrameSrc(html: string): string {
  const box = /<textarea id="[^"]+" class="embed-code" readonly="">([^<]*)<\/textarea>/i.exec(html) ?? /<textarea[^>]*class="embed-code"[^>]*>([^<]*)<\/textarea>/.exec(html);
  expect(box, 'embed code box').not.toBeNull();
  expect(html).toMatch(/<button type="button" data-copy="[^"]+"/);
  return /<iframe src="([^"]+)"/.exec(unescape(box![1]!))![1]!;
}

describe('copy embed code and oEmbed discovery on every figure, indicator and ranking page', () => {
  it.each([
    ['figure', () => `/figures/${figureKey}`, /\/embed\/figure\/[0-9a-f]{32}\.\d+$/],
    ['indicator', () => '/indicators/dti_rank', /\/embed\/ranking\?indicator=dti_rank&period=\d{4}/],
    ['ranking', () => '/rankings/dti_rank/2022', /\/embed\/ranking\?indicator=dti_rank&period=2022/],
  ])('%s page: embed code whose frame renders, and an oEmbed answer for the page', async (_kind, path, frame) => {
    const page = await get(path());
    expect(page.statusCode).toBe(200);
    const src = copiedFrameSrc(page.body);
    expect(src.startsWith(`${ORIGIN}/embed/`)).toBe(true);
    expect(src).toMatch(frame);
    expect((await get(src.slice(ORIGIN.length))).statusCode).toBe(200);

    const href = discovery(page.body);
    expect(href.startsWith(`${ORIGIN}/oembed?url=`)).toBe(true);
    const res = await get(href.slice(ORIGIN.length));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const answer = res.json();
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${ORIGIN}/`, width: 720 });
    expect(answer.height).toBeGreaterThan(100);
    expect(answer.title.length).toBeGreaterThan(5);
    const pasted = /<iframe src="([^"]+)"/.exec(unescape(answer.html))![1]!;
    expect(pasted).toMatch(frame);
    expect(answer.html).toContain(`<script async src="${ORIGIN}/assets/embed-host.js"></script>`);
    // What a CMS pastes is pinned: a figure by its version, a chart by the moment asked.
    const embed = await get(pasted.slice(ORIGIN.length));
    expect(embed.statusCode).toBe(200);
    expect(embed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('the indicator page links each year with enough provinces to its ranking page', async () => {
    const indicator = await get('/indicators/dti_rank');
    expect(indicator.body).toContain('href="/rankings/dti_rank/2022"');
    const en = await get('/rankings/dti_rank/2022?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('provinces ranked, 2022');
    const page = new URL(new URL(discovery(en.body)).searchParams.get('url')!);
    expect(page.pathname).toBe('/rankings/dti_rank/2022');
    expect(page.searchParams.get('lang')).toBe('en');
  });

  it('the English page answers an English embed', async () => {
    const answer = (await get(`/oembed?url=${encodeURIComponent(`${ORIGIN}/figures/${figureKey}?lang=en`)}&format=json`)).json();
    expect(unescape(answer.html)).toMatch(/\/embed\/figure\/[0-9a-f]{32}\.\d+\?lang=en"/);
    expect(answer.provider_name).toBe('Vietnam e-government indicators');
  });
});

describe('oEmbed refuses what it cannot embed with a JSON error and the right status', () => {
  const ask = (url: string | undefined, extra = '') =>
    get(`/oembed?${url === undefined ? '' : `url=${encodeURIComponent(url)}&`}format=json${extra}`);
  it.each([
    ['no url', undefined, 400, 'BAD_PARAMETER'],
    ['not an address', 'figures/abc', 400, 'BAD_PARAMETER'],
    ['another site', `https://example.com/figures/${'0'.repeat(32)}`, 404, 'NOT_FOUND'],
    ['unknown figure', `${ORIGIN}/figures/${'0'.repeat(32)}`, 404, 'NOT_FOUND'],
    ['unknown indicator', `${ORIGIN}/indicators/no_such_code`, 404, 'NOT_FOUND'],
    ['a ranking year without data', `${ORIGIN}/rankings/dti_rank/1999`, 404, 'NO_DATA'],
    ['a page with nothing to embed', `${ORIGIN}/search?q=hoa`, 404, 'NOT_FOUND'],
  ] as const)('%s', async (_what, url, status, code) => {
    const res = await ask(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(5);
  });

  it('another format is 501', async () => {
    const res = await get(`/oembed?url=${encodeURIComponent(`${ORIGIN}/figures/${figureKey}`)}&format=xml`);
    expect(res.statusCode).toBe(501);
    expect(res.json().error.code).toBe('FORMAT_NOT_IMPLEMENTED');
  });
});
