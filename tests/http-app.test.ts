import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@egov-vn/api';
import { useTestServer } from './support/test-server.js';

const api = useTestServer();

/** A body sent with Transfer-Encoding: chunked: no Content-Length to check up front. */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
}

describe('HTTP app', () => {
  it('refuses a chunked body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const query = `{ __typename ${' '.repeat(MAX_BODY_BYTES * 2)} }`;
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked(JSON.stringify({ query })),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a chunked body under the limit', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked(JSON.stringify({ query: '{ __typename }' })),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual({ __typename: 'Query' });
  });

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'])(
    'refuses %s POSTs (no simple-request content types) with 415',
    async (type) => {
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': type }, body: 'query={__typename}' });
      expect(res.status).toBe(415);
      expect((await res.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it('refuses an empty JSON body with 400', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '' });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('says it is live and ready', async () => {
    expect((await fetch(`${api.origin}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.origin}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
