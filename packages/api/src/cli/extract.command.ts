import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate, loadAreas } from '@egov-vn/schema';
import type { Command } from 'commander';
import {
  buildAreaIndex,
  extractObservations,
  findAreaByHint,
  type AreaIndex,
  type ExtractionResult,
  type ExtractOptions,
} from '../extraction/index.js';
import { InputFileError, readDocumentFile } from '../ingest/document-file.js';

interface ExtractCommandOptions {
  json?: boolean;
  area?: string;
  published?: string;
  url?: string;
  title?: string;
}

let cachedAreas: AreaIndex | undefined;

/** The pre-2025 area index, built once per process (the figures describe the old units). */
function areaIndex(): AreaIndex {
  cachedAreas ??= buildAreaIndex(loadAreas('pre2025'));
  return cachedAreas;
}

/** The files named on the command line, a folder standing for the files inside it (sorted, recursively). */
export function expandInputs(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // A missing path stays in the list: reading it gives the "no such file" error.
    }
    if (!isFolder) {
      out.push(path);
      continue;
    }
    const inside = readdirSync(path, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    out.push(...inside);
  }
  return out;
}

function printReadable(result: ExtractionResult): void {
  const d = result.document;
  process.stdout.write(`${d.title ?? '(no title)'} — ${d.publishedAt ?? 'undated'} — ${d.areaName ?? 'no area'}\n`);
  for (const o of result.observations) {
    const dims = Object.entries(o.dimensions)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
    process.stdout.write(
      `${o.indicator}${dims ? `{${dims}}` : ''} ${o.areaName} ${o.period ?? '—'}: ${o.qualifier === 'EXACT' ? '' : `${o.qualifier} `}${o.value} ${o.unit} (${o.status}) [${o.start}-${o.end}]\n`,
    );
  }
  process.stdout.write(`${result.observations.length} figure(s)\n`);
}

/**
 * `egov extract FILE|FOLDER... [--json] [--area CODE|NAME] [--published YYYY-MM-DD] [--url URL] [--title TEXT]`:
 * reads UTF-8 texts and prints the figures each states, with their quotes. Many files
 * (and folders) are read in one process, so start-up is paid once. Nothing is stored.
 * Bad options end at once with exit code 2; a bad file (missing, empty, binary,
 * non-UTF-8, oversized) is reported on stderr, the other files are still read, and the
 * exit code is 2.
 *
 * With one file, `--json` prints one object `{ document, observations }`; with several,
 * one line per file `{ file, document, observations }` (JSON Lines).
 *
 * @example
 * const program = new Command('egov');
 * registerExtractCommand(program);
 * await program.parseAsync(['node', 'egov', 'extract', 'articles/', '--json']);
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .argument('<files...>', 'UTF-8 text files (at most 5 MB each) or folders of them')
    .option('--json', 'print JSON: one object for one file, one line per file for several')
    .option('--area <code|name>', 'area of a document that never names its own (a name in the text wins)')
    .option('--published <YYYY-MM-DD>', 'publication date when the text has no date line')
    .option('--url <url>', 'address of the document')
    .option('--title <text>', 'title, when the first lines are not it')
    .action(function (this: Command, inputs: string[], options: ExtractCommandOptions) {
      const fail = (message: string): never =>
        this.error(`egov extract: ${message}`, { exitCode: 2, code: 'egov.extract.invalidInput' });
      if (options.published !== undefined && !isIsoDate(options.published)) {
        fail(`--published must be a calendar date YYYY-MM-DD, got "${options.published}"`);
      }
      const areas = areaIndex();
      if (options.area !== undefined && (options.area.trim() === '' || !findAreaByHint(areas, options.area))) {
        fail(`--area: unknown or ambiguous area "${options.area}" (give a GSO code or a province/district name)`);
      }
      const files = expandInputs(inputs);
      if (files.length === 0) fail(`no files in ${inputs.join(', ')}`);
      const extractOptions: ExtractOptions = { areas };
      if (options.area !== undefined) extractOptions.areaHint = options.area;
      if (options.published !== undefined) extractOptions.publishedAt = options.published;
      if (options.url !== undefined) extractOptions.url = options.url;
      if (options.title !== undefined) extractOptions.title = options.title;
      const single = files.length === 1;
      const failed: string[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = readDocumentFile(file);
        } catch (error) {
          if (!(error instanceof InputFileError)) throw error;
          if (single) fail(error.message);
          process.stderr.write(`egov extract: ${error.message}\n`);
          failed.push(file);
          continue;
        }
        const result = extractObservations(text, extractOptions);
        const where = single ? '' : `${file}: `;
        for (const warning of result.warnings) process.stderr.write(`egov extract: ${where}warning: ${warning}\n`);
        if (options.json && single) {
          process.stdout.write(`${JSON.stringify({ document: result.document, observations: result.observations }, null, 2)}\n`);
        } else if (options.json) {
          process.stdout.write(`${JSON.stringify({ file, document: result.document, observations: result.observations })}\n`);
        } else {
          if (!single) process.stdout.write(`== ${file}\n`);
          printReadable(result);
        }
      }
      if (failed.length > 0) fail(`${failed.length} of ${files.length} file(s) could not be read`);
    });
}
