import { basename } from 'node:path';
import type { Command } from 'commander';
import type { IngestReport } from '../ingest/ingest-document.js';
import { readDocumentFile } from '../ingest/document-file.js';
import { withCurator } from './curator/curator-client.js';

interface SourceAddOptions {
  url?: string;
  publisher?: string;
  published?: string;
  title?: string;
  licence?: string;
  area?: string;
  json?: boolean;
}

export function describeIngest(r: IngestReport): string {
  const version = r.previousVersion ? ` — new version of ${r.previousVersion.slice(0, 16)}: ${r.unchanged} unchanged, ${r.revised} changed (candidates), ${r.inserted} new, ${r.vanished} published figure(s) no longer in the text (egov review list --withdrawals)` : ` — ${r.inserted} new, ${r.revised} revised, ${r.unchanged} unchanged`;
  return `source ${r.sourceHash.slice(0, 16)}: ${r.candidates} figure(s)${version}`;
}

export function registerSourceCommand(program: Command): void {
  const source = program.command('source');
  source
    .command('add')
    .description('Store a document and its extracted figures as candidates; at the address of a stored source, a new version of it')
    .argument('<file>', 'UTF-8 text file')
    .option('--url <url>', 'address of the document')
    .option('--publisher <name>')
    .option('--published <YYYY-MM-DD>', 'publication date')
    .option('--title <text>')
    .option('--licence <licence>', 'e.g. "CC BY 4.0", "all rights reserved": decides whether the full text is served')
    .option('--area <code|name>', 'area of a document that never names its own')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o: SourceAddOptions) => {
      const text = readDocumentFile(file);
      const report = await withCurator((curator) =>
        curator.addSource({ text, name: basename(file), url: o.url, publisher: o.publisher, publishedAt: o.published, title: o.title, licence: o.licence, area: o.area }),
      );
      console.log(o.json ? JSON.stringify(report, null, 2) : describeIngest(report));
    });
}
