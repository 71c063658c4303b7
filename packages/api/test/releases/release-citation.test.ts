import { readFileSync } from 'node:fs';
import { CODE_LICENSE, DATA_LICENSE, PROJECT } from '@egov-vn/schema';
import { describe, expect, it } from 'vitest';
import { citationBibtex, citationText } from '../../src/releases/release-citation.js';

const release = { name: '2026.1', moment: new Date('2026-03-01T08:00:00Z'), checksum: 'ab'.repeat(32) };

describe('release citations', () => {
  it('name the release, its date, the repository, the data licence and the checksum', () => {
    const text = citationText(release);
    expect(text).toBe(
      `egov-vn contributors (2026). egov-vn: Vietnam provincial e-government indicators (release 2026.1, 2026-03-01) [Data set]. ${PROJECT.repository}. CC BY 4.0. SHA-256 ${release.checksum}.`,
    );
    expect(DATA_LICENSE.spdx).toBe('CC-BY-4.0');
  });

  it('give a BibTeX entry with a key, version and year, braces balanced', () => {
    const bib = citationBibtex(release);
    expect(bib).toMatch(/^@misc\{egovvn_2026_1,\n/);
    expect(bib).toContain('version = {2026.1}');
    expect(bib).toContain('year = {2026}');
    expect(bib).toContain(`\\url{${PROJECT.repository}}`);
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
  });

  it('CITATION.cff at the root cites the software under its code licence and repository', () => {
    const cff = readFileSync(new URL('../../../../CITATION.cff', import.meta.url), 'utf8');
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(new RegExp(`^license: ${CODE_LICENSE.spdx}$`, 'm'));
    expect(cff).toContain(`repository-code: "${PROJECT.repository}"`);
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(cff).toMatch(new RegExp(`^version: ${version.replace(/\./g, '\\.')}$`, 'm'));
  });
});
