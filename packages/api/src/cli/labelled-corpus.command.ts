import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { LABELLED_DECISIONS_DIR } from '../config.js';
import { decideByGold, GOLD_REVIEWER } from '../curation/gold-decisions.js';
import { loadLabelledCorpus } from '../curation/load-labelled-corpus.js';
import { runCuration } from '../curation/run-curation.js';
import { loadGoldCorpus } from '../evaluation/gold-corpus.js';
import { countPublishedByIndicator } from '../repositories/review.repository.js';
import { readDecisionFolder, writeSourceDecisions } from '../ingest/decisions.file.js';
import { withDatabase } from './cli-database.js';

const LABELLED_DECISIONS = fileURLToPath(LABELLED_DECISIONS_DIR);

function corpusAt(gold: string) {
  if (!existsSync(gold)) throw new Error(`${gold}: no such file (the labelled corpus is ../shared/corpus-dev/gold.json)`);
  return loadGoldCorpus(gold);
}

export function registerLabelledCorpusCommand(program: Command): void {
  const labelled = program.command('labelled');

  labelled
    .command('decide')
    .description(`Record a decision for every extracted candidate: approved when it is an annotated figure, rejected otherwise (${GOLD_REVIEWER})`)
    .argument('<gold>', 'gold.json of the labelled corpus')
    .option('--out <dir>', 'folder of the decision files', LABELLED_DECISIONS)
    .action((gold: string, o: { out: string }) => {
      const sources = decideByGold(corpusAt(gold));
      const files = writeSourceDecisions(o.out, sources);
      // The folder is this command's: a page that no longer gives any candidate keeps no file.
      const written = new Set(files.map((f) => basename(f)));
      for (const stale of readdirSync(o.out).filter((f) => f.endsWith('.json') && !written.has(f))) rmSync(join(o.out, stale));
      const all = sources.flatMap((s) => s.decisions);
      console.log(`${files.length} source(s), ${all.length} decision(s): ${all.filter((d) => d.decision === 'APPROVED').length} approved, ${all.filter((d) => d.decision === 'REJECTED').length} rejected → ${o.out}`);
    });

  labelled
    .command('load')
    .description('Store the pages (read from ../shared, never copied) and their figures, apply the recorded decisions; counts per indicator before and after')
    .argument('<gold>', 'gold.json of the labelled corpus')
    .option('--decisions <dir>', 'folder of the decision files', LABELLED_DECISIONS)
    .action(async (gold: string, o: { decisions: string }) => {
      const corpus = corpusAt(gold);
      const decisions = readDecisionFolder(o.decisions).flatMap((f) => f.decisions);
      await withDatabase(async ({ db }) => {
        const before = await countPublishedByIndicator(db);
        const result = await runCuration(db, { name: GOLD_REVIEWER, apiKeyId: null, scope: 'admin' }, (trx, actor) => loadLabelledCorpus(trx, actor, corpus, decisions));
        const after = await countPublishedByIndicator(db);
        console.log(`${result.documents} page(s), ${result.figures} figure(s) extracted, ${result.applied} decision(s) in effect (${result.decided} new), ${result.stale.length} stale, ${result.skipped.length} page(s) skipped`);
        for (const s of result.skipped) console.log(`  skipped ${s}`);
        for (const t of result.transcribed) console.log(`  ${t.file}: published as the index table "${t.table}"`);
        console.log('published figures per indicator (before → after):');
        for (const code of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
          console.log(`  ${code.padEnd(34)} ${String(before[code] ?? 0).padStart(4)} → ${after[code] ?? 0}`);
        }
        const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
        console.log(`  ${'total'.padEnd(34)} ${String(total(before)).padStart(4)} → ${total(after)}`);
      });
    });
}
