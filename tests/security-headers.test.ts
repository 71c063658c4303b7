import { describe, expect, it } from 'vitest';
import { useTestApp } from './support/test-app.js';

// CORS deliberate, CSRF-safe writes, security headers (issue 14). The pages themselves are
// loaded under these policies by the browser tests (tests/browser, which run GraphiQL and the SDK).

const testApp = useTestApp();

const read = (origin: string) =>
  testApp.app.inject({ method: 'POST', url: '/graphql', headers: { origin, 'content-type': 'application/json' }, payload: { query: '{ __typename }' } });

describe('CORS', () => {
  it.each(['https://evil.example', 'null'])('is open for reads from any origin (%s) without reflecting it, never with credentials', async (origin) => {
    const res = await read(origin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers a preflight for a JSON POST with an API key header, without credentials', async () => {
    const res = await testApp.app.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
  });
});

describe('CSRF: no simple-request content type executes', () => {
  it.each([
    ['application/x-www-form-urlencoded', 'query=mutation%7BapproveFigures(figureKeys%3A%5B%22x%22%5D)%7Bid%7D%7D'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { approveFigures(figureKeys: ["x"]) { id } }\r\n--x--'],
    ['text/plain', '{"query":"mutation { approveFigures(figureKeys: [\\"x\\"]) { id } }"}'],
  ])('%s is refused with 415', async (type, payload) => {
    const res = await testApp.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': type, origin: 'https://evil.example' }, payload });
    expect(res.statusCode).toBe(415);
    expect(res.json().errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a mutation by GET is refused', async () => {
    const res = await testApp.app.inject({ method: 'GET', url: `/graphql?query=${encodeURIComponent('mutation { approveFigures(figureKeys: ["x"]) { id } }')}`, headers: { accept: 'application/graphql-response+json' } });
    expect(res.statusCode).toBe(405);
  });
});

describe('security headers', () => {
  const csp = (headers: Record<string, unknown>) => String(headers['content-security-policy'] ?? '');

  it('public pages: nosniff and a strict policy (scripts of our own only, framed only by us)', async () => {
    const res = await testApp.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(csp(res.headers)).toMatch(/script-src 'self'(;|$)/);
    expect(csp(res.headers)).toMatch(/frame-ancestors 'self'/);
    expect(csp(res.headers)).not.toMatch(/upgrade-insecure-requests/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('GraphiQL: its inline script and blob: modules allowed, nothing from elsewhere', async () => {
    const res = await testApp.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(csp(res.headers)).toMatch(/script-src 'self' 'unsafe-inline' blob:/);
    expect(csp(res.headers)).toMatch(/connect-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('embeds can be framed by any site, and read cross-origin', async () => {
    const res = await testApp.app.inject({ method: 'GET', url: '/embed/newer?ids=1' });
    expect(csp(res.headers)).toMatch(/frame-ancestors \*/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('API answers carry nosniff too', async () => {
    const res = await read('https://x.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
