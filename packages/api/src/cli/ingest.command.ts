import { isIsoDate, loadAreas } from '@egov-vn/schema';
import type { Command } from 'commander';
import { buildAreaIndex, extractObservations, findAreaByHint } from '../extraction/index.js';
import { readDocumentFile } from '../ingest/document-file.js';
import { ingestDocuments, type IngestInput } from '../ingest/ingest-document.js';
import { withDatabase } from './cli-database.js';

interface IngestOptions {
  area?: string;
  published?: string;
  url?: string;
  title?: string;
  json?: boolean;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .argument('<files...>', 'UTF-8 text files')
    .option('--area <code|name>', 'area of documents that never name theirs')
    .option('--published <YYYY-MM-DD>', 'publication date when the text has none')
    .option('--url <url>', 'address of the document')
    .option('--title <text>', 'title, when the first lines are not it')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], options: IngestOptions) => {
      if (options.published !== undefined && !isIsoDate(options.published)) {
        throw new Error(`--published must be a calendar date YYYY-MM-DD, got "${options.published}"`);
      }
      const areas = buildAreaIndex(loadAreas('pre2025'));
      if (options.area && !findAreaByHint(areas, options.area)) throw new Error(`--area: unknown area "${options.area}"`);
      // Read and extract everything before touching the database: a bad file aborts with nothing written.
      const inputs: IngestInput[] = files.map((path) => {
        const text = readDocumentFile(path);
        const extraction = extractObservations(text, {
          areas,
          ...(options.area ? { areaHint: options.area } : {}),
          ...(options.published ? { publishedAt: options.published } : {}),
          ...(options.url ? { url: options.url } : {}),
          ...(options.title ? { title: options.title } : {}),
        });
        return { path, text, extraction };
      });
      const reports = await withDatabase(({ db }) => ingestDocuments(db, inputs));
      if (options.json) {
        console.log(JSON.stringify(reports, null, 2));
        return;
      }
      for (const r of reports) {
        console.log(
          `${r.path}: source ${r.sourceHash.slice(0, 16)} — ${r.candidates} figure(s): ${r.inserted} new, ${r.revised} revised, ${r.unchanged} unchanged, ${r.removed} stale candidate(s) removed`,
        );
      }
    });
}
