import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file egov keeps in an embedded database folder while it is open. */
export const LOCK_FILE = 'egov.pid';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Locks an embedded database folder for this process. PGlite takes no lock of
 * its own, and two processes writing one folder leave it unreadable, so a
 * second opener fails here with the holder's pid instead. A lock left by a
 * process that is gone is taken over. Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE);
  if (held.has(file)) throw new DataDirInUseError(`${dir} is already open in this process`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off('exit', release);
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirInUseError(
          `The embedded database ${dir} is in use by process ${pid} (a running \`pnpm start\`?). ` +
            'Stop it first, or point EGOV_DATA_DIR at another folder, or use DATABASE_URL.',
        );
      }
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new DataDirInUseError(`could not lock ${dir}`);
}
