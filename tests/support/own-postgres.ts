import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Ports for the servers tests start (never the machine's 5432). */
const PORT_RANGE = [55400, 55499] as const;

function binDir(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => `/usr/lib/postgresql/${v}/bin`).find((d) => existsSync(join(d, 'initdb')));
  if (!dir) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
  return dir;
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  const [from, to] = PORT_RANGE;
  const start = from + Math.floor(Math.random() * (to - from + 1));
  for (let i = 0; i <= to - from; i += 1) {
    const port = from + ((start - from + i) % (to - from + 1));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder and on a port
 * of 55400-55499, that the test may stop, kill or freeze: the machine's
 * server is never touched. initdb refuses to run as root, so as root it runs
 * as the `postgres` user.
 */
export class OwnPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
  ) {}

  static async create(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'egov-own-pg-'));
    const server = new OwnPostgres(dir, await freePort(), binDir());
    if (process.getuid?.() === 0) {
      const id = (flag: string) => Number(server.run('id', [flag, 'postgres'], false).trim());
      chownSync(dir, id('-u'), id('-g'));
    }
    server.run(join(server.bin, 'initdb'), ['-D', server.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    return server;
  }

  get data(): string {
    return join(this.dir, 'data');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
    this.run(join(this.bin, 'pg_ctl'), ['-D', this.data, '-o', options, '-l', join(this.dir, 'log'), '-w', '-t', '60', 'start']);
  }

  /** `pg_ctl stop`: `fast` rolls back and disconnects everyone; `immediate` is a crash without the kill. */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.run(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  /** `kill -9` of the postmaster, then waits for its backends to notice and leave (they hold its shared memory). */
  async kill9(): Promise<void> {
    const postmaster = this.postmasterPid();
    const children = this.childrenOf(postmaster);
    process.kill(postmaster, 'SIGKILL');
    for (let i = 0; i < 100 && [postmaster, ...children].some(alive); i += 1) await sleep(100);
  }

  /** SIGSTOP to the postmaster and every backend: a server that accepts nothing and answers nothing. */
  freeze(): number[] {
    const postmaster = this.postmasterPid();
    const pids = [postmaster, ...this.childrenOf(postmaster)];
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    return pids;
  }

  thaw(pids: number[]): void {
    for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGCONT');
  }

  destroy(): void {
    try {
      if (existsSync(join(this.data, 'postmaster.pid'))) this.stop('immediate');
    } catch {
      // already down
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private postmasterPid(): number {
    return Number(readFileSync(join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  private childrenOf(pid: number): number[] {
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
        .split('\n')
        .map((l) => Number(l.trim()))
        .filter((p) => p > 0);
    } catch {
      return []; // ps exits 1 when there are none
    }
  }

  private run(command: string, args: string[], asPostgres = true): string {
    const root = process.getuid?.() === 0;
    const [cmd, argv] = root && asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
