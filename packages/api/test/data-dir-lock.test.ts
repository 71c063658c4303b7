import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir, processStartTime } from '../src/db/data-dir-lock.js';
import { openDatabase } from '../src/db/connect.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'egov-lock-'));
// Opening a fresh folder creates and migrates a whole embedded database: beyond the unit project's 30 s on a loaded machine.
const OPENS_A_DATABASE = 120_000;

describe('the embedded database folder lock', () => {
  it('refuses a second opener in the same process until released', () => {
    const dir = fresh();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir)();
  });

  it('names the live process that holds it', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid)); // a live process that is not us
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('names the live process that holds it when its start time matches', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n${processStartTime(process.ppid)}\n`);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over a lock whose process is gone', () => {
    const dir = fresh();
    writeFileSync(join(dir, LOCK_FILE), '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
    release();
  });

  it.runIf(processStartTime(process.pid) !== undefined)(
    'takes over a lock whose pid now belongs to another live process (pid reuse)',
    () => {
      const dir = fresh();
      // The parent runs, but it is not the process that wrote this lock: that one started at another time.
      const started = Number(processStartTime(process.ppid));
      writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n${started + 1}\n`);
      const release = lockDataDir(dir);
      expect(readFileSync(join(dir, LOCK_FILE), 'utf8').split('\n')[0]).toBe(String(process.pid));
      release();
    },
  );

  it('is held while PGlite has the folder open', async () => {
    const dir = fresh();
    const handle = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirInUseError);
    await handle.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, OPENS_A_DATABASE);

  it('explains a folder PGlite cannot open', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'base'));
    writeFileSync(join(dir, 'PG_VERSION'), '17\n'); // half-initialized, as a killed first start leaves it
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/Could not open the embedded database .*move the folder away/s);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
