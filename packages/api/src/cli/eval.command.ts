import { existsSync } from 'node:fs';
import { loadAreas } from '@egov-vn/schema';
import type { Command } from 'commander';
import { evaluateCorpus, formatEvaluation, loadGoldCorpus } from '../evaluation/index.js';
import { buildAreaIndex } from '../extraction/index.js';

interface EvalCommandOptions {
  split?: string;
  style?: string;
  details?: boolean;
  json?: boolean;
  areaHint?: boolean;
}

/**
 * `egov eval GOLD.json [--split train|check] [--style news|index|…] [--no-area-hint] [--details] [--json]`:
 * runs the extractor on a labelled corpus and prints recall, precision, attribute
 * accuracy, trap hits and table figures, overall, per style and per document.
 */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .argument('<gold>', 'gold.json of a labelled corpus, e.g. ../shared/corpus-dev/gold.json')
    .option('--split <split>', 'only the documents of this split (train or check)')
    .option('--style <style>', 'only the documents of this style (news, index, english, table, plan, negative)')
    .option('--no-area-hint', "run without the documents' area hints (the area from the text and the address alone)")
    .option('--details', 'list missed readings, false candidates, trap hits and wrong attributes per document')
    .option('--json', 'print the evaluation as JSON')
    .action(function (this: Command, gold: string, options: EvalCommandOptions) {
      if (!existsSync(gold)) this.error(`egov eval: ${gold}: no such file`, { exitCode: 2, code: 'egov.eval.invalidInput' });
      const corpus = loadGoldCorpus(gold);
      for (const [name, value, known] of [
        ['--split', options.split, new Set(corpus.documents.map((d) => d.split))],
        ['--style', options.style, new Set(corpus.documents.map((d) => d.style))],
      ] as const) {
        if (value !== undefined && !known.has(value)) {
          this.error(`egov eval: ${name} must be one of ${[...known].sort().join(', ')}, got "${value}"`, { exitCode: 2, code: 'egov.eval.invalidInput' });
        }
      }
      const evaluation = evaluateCorpus(corpus, buildAreaIndex(loadAreas('pre2025')), {
        split: options.split,
        style: options.style,
        areaHints: options.areaHint !== false,
      });
      if (options.json) {
        const { documents, ...rest } = evaluation;
        const perDocument = documents.map((d) => ({
          doc: d.document.id,
          style: d.document.style,
          split: d.document.split,
          missed: d.score.missed.length,
          falsePositives: d.score.falsePositives.length,
          trapHits: d.score.trapHits.length,
        }));
        process.stdout.write(`${JSON.stringify({ ...rest, documents: perDocument }, null, 2)}\n`);
        return;
      }
      const header = `egov eval ${gold}${options.split ? ` --split ${options.split}` : ''}${options.style ? ` --style ${options.style}` : ''}${options.areaHint === false ? ' --no-area-hint' : ''}\n`;
      process.stdout.write(header + formatEvaluation(evaluation, options.details));
    });
}
