import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestServer, TEST_DB } from '../support/test-database.js';

// The page is the same on both databases: run it once.
describe.runIf(TEST_DB === 'pglite')('GraphiQL in a real browser', () => {
  let api: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    api = await startTestServer();
    browser = await launchChromium();
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
    const query = '{ areas(search: "hoa binh", asOf: "2020-01-01") { nodes { code name level } } }';
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
