import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file egov keeps in an embedded database folder while it is open. */
export const LOCK_FILE = 'egov.pid';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

const held = new Set<string>();

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process started (Linux: clock ticks since boot, from /proc), or
 * undefined where that cannot be read. A pid is reused once its process is
 * gone; pid and start time together name one process.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) may hold spaces and parentheses: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The lock's content: our pid, then our start time when known. */
function lockContent(): string {
  const started = processStartTime(process.pid);
  return started ? `${process.pid}\n${started}\n` : String(process.pid);
}

/** Whether the lock names a process that still runs: same pid and, when recorded, same start time. */
function holderIsAlive(content: string): number | undefined {
  const [pidText, started] = content.trim().split('\n');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return undefined;
  // The pid runs, but if it started at another time it is another process that reuses a dead holder's pid.
  if (started !== undefined) {
    const now = processStartTime(pid);
    if (now !== undefined && now !== started) return undefined;
  }
  return pid;
}

/**
 * Locks an embedded database folder for this process. PGlite takes no lock of
 * its own, and two processes writing one folder leave it unreadable, so a
 * second opener fails here with the holder's pid instead. A lock left by a
 * process that is gone is taken over, also when its pid has been reused by
 * another process since (the lock records the holder's start time). Returns
 * the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  if (held.has(file)) throw new DataDirInUseError(`${dir} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      const content = lockContent();
      writeSync(fd, content);
      closeSync(fd);
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off('exit', release);
        try {
          if (readFileSync(file, 'utf8') === content) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holderIsAlive(readFileSync(file, 'utf8'));
      if (pid !== undefined) {
        throw new DataDirInUseError(
          `The embedded database ${dir} is in use by process ${pid} (a running \`pnpm start\`?). ` +
            'Stop it first, or point EGOV_DATA_DIR at another folder, or use DATABASE_URL.',
        );
      }
      unlinkSync(file); // stale: its process is gone (or its pid now belongs to another process)
    }
  }
  throw new DataDirInUseError(`could not lock ${dir}`);
}
