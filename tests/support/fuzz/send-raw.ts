import { request } from 'node:http';
import type { FuzzAnswer } from './answer-checks.js';
import type { RawRequest } from './http-request.arbitrary.js';

/**
 * Sends `raw` to a real server over a fresh connection (Content-Length, or
 * chunked cut where it says) and reads the whole answer. A connection the
 * server cuts after answering is fine; one cut before any answer is status 0.
 */
export function sendRaw(origin: string, raw: RawRequest, timeoutMs: number): Promise<FuzzAnswer> {
  const url = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Omit<FuzzAnswer, 'ms'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...answer, ms: performance.now() - started });
    };
    const headers: Record<string, string | number> = { ...raw.headers, connection: 'close', 'accept-encoding': 'identity' };
    if (raw.body && raw.chunkedAt) headers['transfer-encoding'] = 'chunked';
    else if (raw.body) headers['content-length'] = raw.body.length;
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, method: raw.method, path: raw.path, headers, agent: false, timeout: timeoutMs }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const finish = () =>
        done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') });
      res.on('end', finish);
      res.on('error', finish);
      res.on('close', finish);
    });
    req.on('timeout', () => {
      req.destroy();
      done({ status: 0, contentType: '', body: 'timed out' });
    });
    // Once an answer has begun, a write cut by the server (EPIPE after a 413) is no fault: the answer is read to its end.
    req.on('error', (error) => answered || done({ status: 0, contentType: '', body: String(error) }));
    const { body } = raw;
    if (body && raw.chunkedAt) {
      let from = 0;
      for (const at of [...raw.chunkedAt, body.length]) {
        if (at > from) req.write(body.subarray(from, at));
        from = Math.max(from, at);
      }
      req.end();
    } else req.end(body);
  });
}
