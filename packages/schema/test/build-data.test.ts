import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_OUT_DIR, buildData, resolveSharedDataDir } from '../scripts/build-data.js';

const sharedDataDir = resolveSharedDataDir();
const outDir = mkdtempSync(path.join(tmpdir(), 'egov-build-data-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('build-data', () => {
  it.skipIf(!existsSync(path.join(sharedDataDir, 'admin-units')))(
    'reproduces the committed data files byte for byte',
    () => {
      const lines: string[] = [];
      const result = buildData({ sharedDataDir, outDir, log: (l) => lines.push(l) });
      expect(result.files.length).toBeGreaterThanOrEqual(6);
      for (const file of result.files) {
        const rebuilt = readFileSync(path.join(outDir, file));
        const committed = readFileSync(path.join(DEFAULT_OUT_DIR, file));
        expect(rebuilt.equals(committed), `${file} differs: run \`pnpm data:build\``).toBe(true);
      }
      expect(result.lineage.fixed).toHaveLength(2);
      expect(result.lineage.dropped).toHaveLength(13);
      // 4 first-pass rows without a province; in the second pass 9 means and 26 memberships without rank or value.
      expect(result.indices.skipped).toHaveLength(4 + 9 + 26);
      expect(result.indices.disagreements).toEqual([]);
      expect(lines.some((l) => l.includes('30622'))).toBe(true);
    },
    60_000,
  );

  it('accepts EGOV_SHARED_DIR as the shared directory or its data directory', () => {
    expect(resolveSharedDataDir({ EGOV_SHARED_DIR: '/x/shared' })).toBe(path.resolve('/x/shared/data'));
    expect(resolveSharedDataDir({}).endsWith(path.join('shared', 'data'))).toBe(true);
  });
});
