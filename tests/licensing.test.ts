import { DATA_LICENSE } from '@egov-vn/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-database.js';

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

describe('licences in the API', () => {
  it('names the data and code licences', async () => {
    const { body } = await api.query('{ dataLicense { spdx url attribution scope } codeLicense { spdx } }');
    expect(body.data.dataLicense).toEqual({ spdx: 'CC-BY-4.0', url: DATA_LICENSE.url, attribution: DATA_LICENSE.attribution, scope: DATA_LICENSE.scope });
    expect(body.data.codeLicense.spdx).toBe('MIT');
  });

  it("shows every source's own rights", async () => {
    const { body } = await api.query('{ sources(first: 500) { nodes { kind rights attribution } } }');
    const sources = body.data.sources.nodes as { kind: string; rights: string; attribution: string | null }[];
    expect(sources.some((s) => s.kind === 'ARTICLE')).toBe(true);
    expect(sources.some((s) => s.kind === 'TABLE')).toBe(true);
    for (const s of sources) {
      expect(s.rights).toMatch(s.kind === 'ARTICLE' ? /^Text © .* not covered by the egov-vn data licence/ : /CC-BY-4\.0/);
      if (s.attribution) expect(s.rights).toContain(s.attribution);
    }
  });
});
