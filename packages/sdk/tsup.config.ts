import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';

// Two entries, ESM + CJS: the client (`@egov-vn/sdk`) and the bulk downloads
// (`@egov-vn/sdk/downloads`, Node streams). The SDK has no runtime dependencies:
// the GraphQL parser/printer used only by `graphql()` (@0no-co/graphql.web) and
// the CSV parser of the downloads (csv-parse) are bundled, each tree-shaken away
// from apps that don't use it. Types are bundled afterwards
// by scripts/build-types.ts (gql.tada's included), so they need nothing
// installed either. `--out-dir` moves the whole build (the packaging test uses it).
export default defineConfig((options) => {
  const outDir = options.outDir ?? 'dist';
  return {
    entry: ['src/index.ts', 'src/downloads.ts'],
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    outDir,
    dts: false,
    noExternal: ['@0no-co/graphql.web', 'csv-parse'],
    external: [/^node:/],
    removeNodeProtocol: false, // `node:stream`, not `stream`: Deno and Bun resolve Node's modules by the prefix
    clean: true,
    sourcemap: false, // dist is readable, unminified JavaScript
    treeshake: true,
    async onSuccess() {
      // The contract, for users who generate their own types (GraphQL Code Generator, gql.tada).
      copyFileSync(new URL('../api/schema.graphql', import.meta.url), join(outDir, 'schema.graphql'));
    },
  };
});
