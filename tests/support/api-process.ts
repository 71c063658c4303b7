import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ApiProcess {
  child: ChildProcess;
  /** Every line the process wrote (stdout and stderr). */
  lines: string[];
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first line matching `pattern` (also one already written). */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** http://localhost:PORT, once the server listens. */
  origin(): Promise<string>;
  /** Processes of its process group still running (the launcher's children included). */
  groupMembers(): number[];
  /** Ends the whole process group (cleanup after a failed test). */
  killGroup(): void;
}

/**
 * The API as a real process, on a port the system picks: `node` running
 * main.ts, or the README's `pnpm start`. It gets a process group of its own,
 * so a test can check that nothing it started outlives it.
 */
export function startApiProcess(options: { env: Record<string, string>; via?: 'node' | 'pnpm' | 'readme' }): ApiProcess {
  const [command, args] =
    options.via === 'pnpm'
      ? [process.execPath, [pnpmScript(), 'start']]
      : options.via === 'readme'
        ? readmeStartCommand()
        : [process.execPath, ['--import', 'tsx', 'packages/api/src/main.ts']];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      lines.push(line);
      for (const w of waiters) if (w.pattern.test(line)) w.resolve(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const waitForLine = async (pattern: RegExp, timeoutMs: number) => {
    const seen = lines.find((l) => pattern.test(l));
    if (seen) return seen;
    let waiter: { pattern: RegExp; resolve: (line: string) => void } | undefined;
    const found = new Promise<string>((resolve) => {
      waiter = { pattern, resolve };
      waiters.add(waiter);
    });
    const timeout = sleep(timeoutMs).then(() => {
      throw new Error(`no line matching ${pattern} within ${timeoutMs} ms; the process wrote:\n${lines.slice(-30).join('\n')}`);
    });
    const died = exited.then(({ code, signal }) => {
      throw new Error(`the process exited (${code ?? signal}) before writing ${pattern}:\n${lines.slice(-30).join('\n')}`);
    });
    try {
      return await Promise.race([found, timeout, died]);
    } finally {
      if (waiter) waiters.delete(waiter);
    }
  };

  const groupMembers = () => {
    try {
      return execFileSync('ps', ['-o', 'pid=', '-g', String(child.pid)], { encoding: 'utf8' })
        .split('\n')
        .map((l) => Number(l.trim()))
        .filter((p) => p > 0);
    } catch {
      return [];
    }
  };

  return {
    child,
    lines,
    exited,
    waitForLine,
    origin: async () => {
      const line = await waitForLine(/listening at http:\/\/localhost:\d+/, 120_000);
      return `http://localhost:${/localhost:(\d+)/.exec(line)![1]}`;
    },
    groupMembers,
    killGroup: () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

/**
 * The pnpm the suite runs under (`pnpm test` sets npm_execpath), or the one
 * the README's `npx pnpm@…` fetched.
 */
/**
 * The command the README's Quick start runs after installing (the part after `&&` of its first
 * command), word by word: what a new user's terminal or service manager sends SIGTERM to.
 */
export function readmeStartCommand(): [string, string[]] {
  const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
  const block = /## Quick start[\s\S]*?```sh\n([^\n]+)\n/.exec(readme)?.[1];
  const start = block?.split('&&').at(-1)?.trim().split(/\s+/);
  if (!start?.[0]) throw new Error('README.md: no Quick start command found');
  return [start[0], start.slice(1)];
}

function pnpmScript(): string {
  const current = process.env.npm_execpath;
  if (current && /pnpm/.test(current)) return current;
  const version = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { packageManager: string }).packageManager.split('@')[1];
  return execFileSync('npx', ['--yes', `pnpm@${version}`, 'exec', 'node', '-e', 'console.log(process.env.npm_execpath)'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  }).trim();
}
