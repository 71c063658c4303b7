/**
 * Bundles the public types into dist/index.d.ts and dist/index.d.cts with
 * rollup-plugin-dts, inlining what they use from gql.tada and
 * @0no-co/graphql.web (and the vocabulary re-declared from @egov-vn/schema),
 * so the published types need no package installed. Run after tsup, with the
 * same `--out-dir` when it was given one.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = new URL('..', import.meta.url);
const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(root.pathname, values['out-dir']!);
const out = (name: string) => join(outDir, name);

const bundle = await rollup({
  input: new URL('src/index.ts', root).pathname,
  plugins: [dts({ respectExternal: true, tsconfig: new URL('tsconfig.json', root).pathname })],
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
  },
});
await bundle.write({ file: out('index.d.ts'), format: 'es' });
await bundle.close();
copyFileSync(out('index.d.ts'), out('index.d.cts'));
console.log(`DTS ${out('index.d.ts')}, ${out('index.d.cts')}`);
