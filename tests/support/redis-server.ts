import { execFileSync } from 'node:child_process';
import { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** The machine's Redis (override with EGOV_TEST_REDIS_URL). */
export const REDIS_URL = process.env.EGOV_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Sends one inline command and returns the first reply line (enough for PING, EXISTS, FLUSH of a prefix is never done). */
export async function redisCommand(...args: string[]): Promise<string> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.setTimeout(2_000, () => socket.destroy(new Error('Redis did not answer')));
    socket.once('error', reject);
    socket.connect(Number(port || 6379), hostname, () => {
      // RESP array of bulk strings: keys may hold any byte.
      socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
    });
    socket.once('data', (data) => {
      resolve(data.toString('utf8').split('\r\n')[0]!);
      socket.end();
    });
  });
}

/** Starts the machine's Redis if it is down (never stops it). */
export async function ensureRedisRunning(): Promise<void> {
  const up = () => redisCommand('PING').then((r) => r === '+PONG', () => false);
  if (await up()) return;
  execFileSync('redis-server', ['--port', new URL(REDIS_URL).port || '6379', '--daemonize', 'yes'], { stdio: 'ignore' });
  for (let i = 0; i < 20; i += 1) {
    if (await up()) return;
    await sleep(250);
  }
  throw new Error(`Redis did not come up at ${REDIS_URL}`);
}
