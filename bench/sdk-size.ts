/**
 * Size of the built SDK as an app bundles it: esbuild (minify, tree-shaking)
 * over packages/sdk/dist/index.js, then gzip level 9. The core client
 * (`createClient`) has a budget of 5 KiB (5,120 bytes) minified + gzipped.
 *
 *   npx pnpm@10.34.8 --filter @egov-vn/sdk build && npx tsx bench/sdk-size.ts
 */
import { BUDGET_BYTES, bundleSize } from '../packages/sdk/scripts/bundle-size.js';

const DIST = new URL('../packages/sdk/dist/index.js', import.meta.url).pathname;

const cases: [label: string, exports: string][] = [
  ['core client: createClient', 'createClient'],
  ['client + tidy helpers: createClient, toRows, toCsv', 'createClient, toRows, toCsv'],
  ['typed documents only: graphql', 'graphql'],
  ['CSV only: toRows, toCsv', 'toRows, toCsv'],
  ['everything: export *', '*'],
];

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| bundle | minified | min + gzip |\n|---|---:|---:|');
  let core = 0;
  for (const [label, exports] of cases) {
    const { minified, gzipped } = await bundleSize(DIST, exports);
    if (exports === 'createClient') core = gzipped;
    console.log(`| ${label} | ${minified.toLocaleString('en')} B | ${gzipped.toLocaleString('en')} B |`);
  }
  const verdict = core <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`\ncore client: ${core.toLocaleString('en')} B min+gzip, ${verdict} the ${BUDGET_BYTES.toLocaleString('en')} B budget`);
  if (core > BUDGET_BYTES) process.exitCode = 1;
}
