import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, bundleSize } from '../scripts/bundle-size.js';

const SRC = new URL('../src/index.ts', import.meta.url).pathname;

/** Minified + gzipped bytes of an app that imports `names` from the SDK's sources. */
async function gzippedSize(names: string): Promise<{ bytes: number; code: string }> {
  const { gzipped, code } = await bundleSize(SRC, names);
  return { bytes: gzipped, code };
}

describe('bundle size (bench/sdk-size.ts reports the built package)', () => {
  it('the core client stays under 5 KB minified + gzipped', async () => {
    const { bytes } = await gzippedSize('createClient');
    expect(bytes).toBeLessThan(BUDGET_BYTES);
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
