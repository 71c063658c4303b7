import { createApiKey } from '@egov-vn/api';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

const testApp = useTestApp();

const get = (url: string) => testApp.app.inject({ method: 'GET', url });

describe('an embed pinned to a dataset release', () => {
  it('shows what was published at the release, the same bytes as asOf its moment, cached for good', async () => {
    const { key } = await createApiKey(testApp.database.db, 'admin-newsroom', 'admin');
    const res = await testApp.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${key}` },
      payload: { query: 'mutation { createRelease(name: "2026.7", notes: "newsroom pinning") { name cutAt } }' },
    });
    expect(res.json().errors).toBeUndefined();
    const { cutAt } = res.json().data.createRelease as { cutAt: string };
    const ranking = '/embed/ranking.csv?indicator=dti_rank&period=2022';
    const byRelease = await get(`${ranking}&release=2026.7`);
    expect(byRelease.statusCode).toBe(200);
    expect(byRelease.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const byMoment = await get(`${ranking}&asOf=${encodeURIComponent(new Date(cutAt).toISOString())}`);
    expect(byRelease.rawPayload.equals(byMoment.rawPayload)).toBe(true);
    expect(byRelease.body.trim().split('\r\n').length).toBe(64);
    const line = await get('/embed/line?indicator=dti_rank&areas=pre2025:48&release=2026.7');
    expect(line.statusCode).toBe(200);
    expect(line.body).toContain('data-newer-check');
  });

  it('an unknown release is 404, a release with asOf 400, both as styled messages', async () => {
    const unknown = await get('/embed/ranking?indicator=dti_rank&period=2022&release=1999.1');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('class="error"');
    const both = await get('/embed/ranking.png?indicator=dti_rank&period=2022&release=2026.7&asOf=2025-01-01');
    expect(both.statusCode).toBe(400);
    expect(both.body).toMatch(/^BAD_PARAMETER/);
  });
});
