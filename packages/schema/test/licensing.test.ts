import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LICENSE, DATA_LICENSE, PROJECT, sourceRights } from '../src/index.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const workspacePackages = ['package.json', 'packages/api/package.json', 'packages/schema/package.json', 'packages/sdk/package.json', 'tests/package.json', 'bench/package.json'];

describe('licences', () => {
  it('every package.json names the code licence, the repository and a homepage', () => {
    for (const path of workspacePackages) {
      const manifest = JSON.parse(read(path));
      expect(manifest.license, path).toBe(CODE_LICENSE.spdx);
      expect(manifest.repository?.url, path).toBe(`git+${PROJECT.repository}.git`);
      const dir = path.replace(/\/?package\.json$/, '');
      expect(manifest.repository.directory, path).toBe(dir || undefined);
      expect(manifest.homepage, path).toMatch(new RegExp(`^${PROJECT.repository}(/tree/main/${dir})?#readme$`));
    }
  });

  it('the code is MIT, the SDK ships the same LICENSE, and the data licence is CC BY 4.0', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(read('packages/sdk/LICENSE')).toBe(read('LICENSE'));
    const data = read('DATA-LICENSE.md');
    expect(data).toContain(DATA_LICENSE.name);
    expect(data).toContain(DATA_LICENSE.url);
    expect(DATA_LICENSE.attribution).toContain(PROJECT.repository);
  });

  it('keeps the third-party notices the data is built from', () => {
    const notice = read('NOTICE.md');
    for (const file of ['LICENSE.thanglequoc-MIT.txt', 'LICENSE.dvhcvn-20250701-MIT.txt']) {
      expect(notice).toContain(file);
      expect(existsSync(new URL(`packages/schema/data/licenses/${file}`, root))).toBe(true);
    }
    expect(notice).toContain('packages/sdk/THIRD_PARTY_NOTICES.md');
  });

  it("states each source's own rights: an article's text stays its publisher's", () => {
    const article = sourceRights({ kind: 'ARTICLE', publisher: 'Báo Hòa Bình', attribution: null });
    expect(article).toContain('© Báo Hòa Bình');
    expect(article).toContain('not covered by the egov-vn data licence');
    const table = sourceRights({ kind: 'TABLE', publisher: null, attribution: 'Figures as published at https://dti.gov.vn/xep-hang-2022' });
    expect(table).toContain(DATA_LICENSE.spdx);
    expect(table).toContain('https://dti.gov.vn/xep-hang-2022');
  });
});
