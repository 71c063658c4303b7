import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerExtractCommand } from '../../src/cli/extract.command.js';

const CORPUS = fileURLToPath(new URL('../../../../data/corpus/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'egov-extract-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command('egov').exitOverride().configureOutput({
    writeOut: (s) => {
      stdout += s;
    },
    writeErr: (s) => {
      stderr += s;
    },
  });
  registerExtractCommand(program);
  let code = 0;
  try {
    await program.parseAsync(['node', 'egov', 'extract', ...args]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code, stdout, stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('egov extract', () => {
  beforeEach(() => vi.restoreAllMocks());
  afterEach(() => vi.restoreAllMocks());

  it('prints one JSON object with the document and its figures', async () => {
    const r = await run(join(CORPUS, '001_266311974f25accf.txt'), '--json', '--url', 'https://example.org/a');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as { document: Record<string, unknown>; observations: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['document', 'observations']);
    expect(parsed.document).toMatchObject({ publishedAt: '2012-07-14', url: 'https://example.org/a', areaCode: '96' });
    expect(parsed.observations).toHaveLength(9);
    expect(parsed.observations[0]).toMatchObject({ indicator: 'agencies_document_system_pct', areaCode: '96', areaName: 'Cà Mau' });
  });

  it('uses --area for a text that names no area and --published for its period', async () => {
    const path = file('plain.txt', 'Đến nay, 100% cán bộ, công chức đã được trang bị máy tính.');
    const r = await run(path, '--json', '--area', 'Lào Cai', '--published', '2015-03-01', '--title', 'Một bài báo');
    const parsed = JSON.parse(r.stdout) as { document: Record<string, unknown>; observations: Array<Record<string, unknown>> };
    expect(parsed.document).toMatchObject({ title: 'Một bài báo', publishedAt: '2015-03-01', areaCode: '10' });
    expect(parsed.observations[0]).toMatchObject({ areaCode: '10', period: 2015, value: 100 });
  });

  it('prints a readable list without --json', async () => {
    const r = await run(join(CORPUS, '000_c8fd8d4f8057ae55.txt'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('officials_with_computer_pct{govLevel=PROVINCE} Hoà Bình 2012: APPROX 80 percent (ACTUAL)');
    expect(r.stdout).toMatch(/7 figure\(s\)/);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['an empty file', () => file('empty.txt', '   \n'), /empty file/],
    ['a binary file', () => file('binary.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), /binary/],
    ['a non-UTF-8 file', () => file('latin1.txt', new Uint8Array([0x54, 0xe9, 0x74, 0xe9])), /UTF-8/],
    ['a file over 5 MB', () => file('big.txt', 'a'.repeat(5 * 1024 * 1024 + 1)), /limit/],
  ])('refuses %s with a message and exit code 2', async (_, make, message) => {
    const r = await run(make(), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['--area', 'Xyz'], /unknown or ambiguous area/],
    [['--area', 'huyện Châu Thành'], /unknown or ambiguous area/],
    [['--published', '2012-13-01'], /--published/],
    [['--published', '28/11/2012'], /--published/],
  ])('refuses the options %j', async (options, message) => {
    const r = await run(join(CORPUS, '002_863e4aaba687dddf.txt'), '--json', ...options);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('egov extract with many files', () => {
  beforeEach(() => vi.restoreAllMocks());
  afterEach(() => vi.restoreAllMocks());

  it('reads several files and a folder in one process, one JSON line per file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'egov-extract-folder-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'b.txt'), 'Đến nay, 100% cán bộ, công chức đã được trang bị máy tính.');
    writeFileSync(join(folder, 'sub', 'a.txt'), 'Không có số liệu.');
    const r = await run(join(CORPUS, '001_266311974f25accf.txt'), folder, '--json', '--area', '10');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; observations: unknown[] });
    expect(lines.map((l) => l.file)).toEqual([join(CORPUS, '001_266311974f25accf.txt'), join(folder, 'b.txt'), join(folder, 'sub', 'a.txt')]);
    expect(lines.map((l) => l.observations.length)).toEqual([9, 1, 0]);
  });

  it('reports a bad file, still reads the others, and exits 2', async () => {
    const r = await run(join(dir, 'missing.txt'), join(CORPUS, '001_266311974f25accf.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/1 of 2 file\(s\) could not be read/);
    expect(r.stdout).toMatch(/== .*001_266311974f25accf\.txt\n/);
    expect(r.stdout).toMatch(/9 figure\(s\)/);
  });
});
