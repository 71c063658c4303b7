import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SDK_VERSION } from '../src/index.js';

const SDK = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(SDK, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** The README's TypeScript blocks, each compiled as an ES module against the SDK's sources. */
function diagnostics(): string[] {
  const files = new Map<string, string>();
  blocks.forEach((code, i) => {
    // A block may use `egov` from an earlier one, and the developer example calls a token getter of the reader's.
    const prelude = [
      'declare function getToken(): string;',
      /\bconst egov\b/.test(code) ? '' : "import { createClient as __create } from '@egov-vn/sdk'; const egov = __create({ endpoint: 'http://localhost:4000/graphql' });",
    ].join('\n');
    files.set(join(SDK, 'test', `readme-block-${i}.mts`), `${prelude}\n${code}\nexport {};\n`);
  });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    baseUrl: SDK,
    paths: { '@egov-vn/sdk': ['src/index.ts'], '@egov-vn/sdk/downloads': ['src/downloads.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) =>
    files.has(f) ? ts.createSourceFile(f, files.get(f)!, language, true) : getSourceFile(f, language, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => `${d.file!.fileName.replace(dirname(d.file!.fileName), '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('README', () => {
  it('has TypeScript examples, and they compile against the SDK', { timeout: 60_000 }, () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(diagnostics()).toEqual([]);
  });

  it('shows the examples the users asked for', () => {
    expect(readme).toContain("within: '17'"); // a researcher: all Hòa Bình figures to CSV
    expect(readme).toContain('provenance.citation'); // a newsroom: one figure with its citation
    expect(readme).toContain('egov.observation(figure!.id)'); // version-pinned ids
  });

  it('says how to install from the registry and from a tarball', () => {
    expect(readme).toContain('npm install @egov-vn/sdk');
    expect(readme).toMatch(/pnpm@[\d.]+ pack/);
    expect(readme).toMatch(/npm install \S+\.tgz/);
  });

  it('the changelog opens with the package version', () => {
    const changelog = readFileSync(join(SDK, 'CHANGELOG.md'), 'utf8');
    const version = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')).version;
    expect(changelog.match(/^## (\S+)/m)?.[1]).toBe(version);
  });

  it('SDK_VERSION is the package version', () => {
    expect(SDK_VERSION).toBe(JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')).version);
  });
});
