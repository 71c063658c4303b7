import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB } from '../support/test-database.js';

// Debian's Chromium (.ci/run installs it). Playwright launches it with a fresh temporary profile;
// the flags keep it off a network this machine does not have.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The page is the same on both databases: run it once.
describe.runIf(TEST_DB === 'pglite')('GraphiQL in a real browser', () => {
  let api: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    api = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('loads offline and runs a query against the real data', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        external.push(request.url());
      }
    });
    const query = '{ areas(search: "hoa binh", asOf: "2020-01-01") { code name level } }';
    await page.goto(`${api.url}?query=${encodeURIComponent(query)}`);
    await page.getByRole('button', { name: /execute query/i }).click({ timeout: 30_000 });
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('PROVINCE');
    // Monaco lays text out with non-breaking spaces.
    const response = (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    expect(response).toMatch(/"code": "17"/);
    expect(response).toMatch(/Ho[àa] Bình/);
    expect(external).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'egov-graphiql.png') });
  });
});
