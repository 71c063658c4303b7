/**
 * Size of the built SDK as an app bundles it: esbuild (minify, tree-shaking)
 * over packages/sdk/dist/index.js, then gzip level 9. The core client
 * (`createClient`) has a budget of 5 KB (5,000 bytes) minified + gzipped.
 *
 *   npx pnpm@10.34.8 --filter @egov-vn/sdk build && npx tsx bench/sdk-size.ts
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const sdkPackage = new URL('../packages/sdk/package.json', import.meta.url);
const { build } = createRequire(sdkPackage)('esbuild') as typeof import('esbuild');
const DIST = new URL('../packages/sdk/dist/index.js', import.meta.url).pathname;
export const BUDGET_BYTES = 5_000;

const cases: [label: string, exports: string][] = [
  ['core client: createClient', 'createClient'],
  ['client + tidy helpers: createClient, toRows, toCsv', 'createClient, toRows, toCsv'],
  ['typed documents only: graphql', 'graphql'],
  ['CSV only: toRows, toCsv', 'toRows, toCsv'],
  ['everything: export *', '*'],
];

export async function measure(exports: string): Promise<{ minified: number; gzipped: number }> {
  const contents = exports === '*' ? `export * from ${JSON.stringify(DIST)};` : `export { ${exports} } from ${JSON.stringify(DIST)};`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| bundle | minified | min + gzip |\n|---|---:|---:|');
  let core = 0;
  for (const [label, exports] of cases) {
    const { minified, gzipped } = await measure(exports);
    if (exports === 'createClient') core = gzipped;
    console.log(`| ${label} | ${minified.toLocaleString('en')} B | ${gzipped.toLocaleString('en')} B |`);
  }
  const verdict = core <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`\ncore client: ${core.toLocaleString('en')} B min+gzip, ${verdict} the ${BUDGET_BYTES.toLocaleString('en')} B budget`);
  if (core > BUDGET_BYTES) process.exitCode = 1;
}
