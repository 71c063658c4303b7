/** How the benchmarks start the API: as `pnpm start` does (node arguments after `node`). */
export const API_ENTRY = ['--import', 'tsx', 'packages/api/src/main.ts'];
