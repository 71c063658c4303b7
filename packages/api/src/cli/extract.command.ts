import { isIsoDate, loadAreas } from '@egov-vn/schema';
import type { Command } from 'commander';
import {
  buildAreaIndex,
  extractObservations,
  findAreaByHint,
  type AreaIndex,
  type ExtractOptions,
} from '../extraction/index.js';
import { InputFileError, readDocumentFile } from '../review/document-file.js';

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

/**
 * `egov extract FILE [--json] [--area CODE|NAME] [--published YYYY-MM-DD] [--url URL] [--title TEXT]`:
 * reads one UTF-8 text and prints the figures it states, with their quotes.
 * Nothing is stored. Bad input (missing, empty, binary, non-UTF-8 or oversized
 * file, unknown area, malformed date) ends with a message on stderr and exit code 2.
 *
 * @example
 * const program = new Command('egov');
 * registerExtractCommand(program);
 * await program.parseAsync(['node', 'egov', 'extract', 'article.txt', '--json']);
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract indicator figures from one document and print them (nothing is stored)')
    .argument('<file>', 'UTF-8 text file (at most 5 MB)')
    .option('--json', 'print one JSON object { document, observations }')
    .option('--area <code|name>', 'area of a document that never names its own (a name in the text wins)')
    .option('--published <YYYY-MM-DD>', 'publication date when the text has no date line')
    .option('--url <url>', 'address of the document')
    .option('--title <text>', 'title, when the first lines are not it')
    .action(function (this: Command, file: string, options: ExtractCommandOptions) {
      const fail = (message: string): never =>
        this.error(`egov extract: ${message}`, { exitCode: 2, code: 'egov.extract.invalidInput' });
      if (options.published !== undefined && !isIsoDate(options.published)) {
        fail(`--published must be a calendar date YYYY-MM-DD, got "${options.published}"`);
      }
      const areas = areaIndex();
      if (options.area !== undefined && (options.area.trim() === '' || !findAreaByHint(areas, options.area))) {
        fail(`--area: unknown or ambiguous area "${options.area}" (give a GSO code or a province/district name)`);
      }
      let text = '';
      try {
        text = readDocumentFile(file);
      } catch (error) {
        if (error instanceof InputFileError) fail(error.message);
        throw error;
      }
      const extractOptions: ExtractOptions = { areas };
      if (options.area !== undefined) extractOptions.areaHint = options.area;
      if (options.published !== undefined) extractOptions.publishedAt = options.published;
      if (options.url !== undefined) extractOptions.url = options.url;
      if (options.title !== undefined) extractOptions.title = options.title;
      const result = extractObservations(text, extractOptions);
      for (const warning of result.warnings) process.stderr.write(`egov extract: warning: ${warning}\n`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ document: result.document, observations: result.observations }, null, 2)}\n`);
        return;
      }
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
    });
}
