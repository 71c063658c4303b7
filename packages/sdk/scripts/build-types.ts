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

// One self-contained file per entry (`@egov-vn/sdk/downloads` names only structural types).
for (const entry of ['index', 'downloads']) {
  const bundle = await rollup({
    input: new URL(`src/${entry}.ts`, root).pathname,
    // Node's own modules stay imports: their types come from @types/node where the entry is used.
    external: (id) => id.startsWith('node:'),
    plugins: [dts({ respectExternal: true, tsconfig: new URL('tsconfig.json', root).pathname })],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  const { output } = await bundle.write({ file: out(`${entry}.d.ts`), format: 'es' });
  await bundle.close();
  // A declaration the compiler could not type is emitted as `any` without a word (it happened
  // when the build ran without the repository's tsconfig.base.json): refuse to ship one.
  const untyped = output.flatMap((chunk) => ('code' in chunk ? [...chunk.code.matchAll(/^declare (?:const|let|function) [\w$]+\??: any;/gm)].map((m) => m[0]) : []));
  if (untyped.length > 0) throw new Error(`dist/${entry}.d.ts declares untyped values: ${untyped.join(' ')}`);
  copyFileSync(out(`${entry}.d.ts`), out(`${entry}.d.cts`));
  console.log(`DTS ${out(`${entry}.d.ts`)}, ${out(`${entry}.d.cts`)}`);
}
