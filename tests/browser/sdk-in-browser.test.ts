import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestServer, TEST_DB } from '../support/test-database.js';

// The published ESM build (the root `pnpm test` builds it first): its entry and the chunks it imports.
const SDK_ESM = fileURLToPath(import.meta.resolve('@egov-vn/sdk'));
const SDK_DIST = dirname(SDK_ESM);
// Where the page finds the build, as a CDN would serve the package's dist folder.
const SDK_PATH = '/__sdk/';

describe.runIf(TEST_DB === 'pglite')('the SDK in a real browser', () => {
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

  it('imports the ESM build with the platform fetch and pages through real data', async () => {
    const page = await browser.newPage();
    // The dist folder served beside the API, so the entry's relative imports (its chunks) resolve as they would on a CDN.
    await page.route(`**${SDK_PATH}*.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(SDK_DIST, basename(new URL(route.request().url()).pathname))) }),
    );
    await page.goto(api.url); // same origin as the API
    // A string, so the test runner's module transform leaves the browser's dynamic import alone.
    const script = `(async (entry) => {
      const sdk = await import(location.origin + entry);
      const egov = sdk.createClient({ endpoint: location.origin + '/graphql' });
      const ranking = await egov.ranking({ indicator: 'dti_rank', period: 2022 });
      const figures = await egov.observations({ area: '17' }, { pageSize: 3 }).toArray({ limit: 100 });
      const csv = sdk.toCsv(sdk.toRows(figures));
      const error = await egov.indicator('no_such_code').catch((e) => e.code + '/' + e.serverCode);
      return { ranked: ranking.entries.length, first: ranking.entries[0].area.name, figures: figures.length,
        ids: new Set(figures.map((f) => f.id)).size, csvLines: csv.trim().split('\\r\\n').length, error };
    })(${JSON.stringify(SDK_PATH + basename(SDK_ESM))})`;
    const result = (await page.evaluate(script)) as {
      ranked: number;
      first: string;
      figures: number;
      ids: number;
      csvLines: number;
      error: string;
    };
    expect(result.ranked).toBe(63);
    expect(result.first).toBe('Đà Nẵng');
    expect(result.figures).toBeGreaterThanOrEqual(7);
    expect(result.ids).toBe(result.figures);
    expect(result.csvLines).toBe(result.figures + 1);
    expect(result.error).toMatch(/NOT_FOUND$/);
  });
});
