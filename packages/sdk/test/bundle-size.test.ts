import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/index.ts', import.meta.url).pathname;

/** Minified + gzipped bytes of an app that imports `names` from the SDK's sources. */
async function gzippedSize(names: string): Promise<{ bytes: number; code: string }> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(SRC)};`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { bytes: gzipSync(code, { level: 9 }).length, code };
}

describe('bundle size (bench/sdk-size.ts reports the built package)', () => {
  it('the core client stays under 5 KB minified + gzipped', async () => {
    const { bytes } = await gzippedSize('createClient');
    expect(bytes).toBeLessThan(5_000);
  });

  it('tree-shakes: the client carries neither the GraphQL parser nor the vocabulary', async () => {
    const { code } = await gzippedSize('createClient');
    expect(code).not.toContain('OperationDefinition');
    expect(code).not.toContain('GraphQLTada');
    expect(code).not.toContain('ict_index_rank');
  });

  it('the CSV helpers alone are tiny and do not pull the client in', async () => {
    const { bytes, code } = await gzippedSize('toCsv, toRows');
    expect(bytes).toBeLessThan(1_000);
    expect(code).not.toContain('fetch');
  });
});
