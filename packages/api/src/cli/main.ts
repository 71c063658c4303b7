import { Command, CommanderError } from 'commander';
import { registerEvalCommand } from './eval.command.js';
import { CurationError } from '../curation/curation-error.js';
import { registerExtractCommand } from './extract.command.js';
import { registerFigureCommand } from './figure.command.js';
import { registerKeysCommand } from './keys.command.js';
import { registerLabelledCorpusCommand } from './labelled-corpus.command.js';
import { registerSourceCommand } from './source.command.js';
import { registerIngestCommand } from './ingest.command.js';
import { registerLoadCommand } from './load.command.js';
import { registerReviewCommand } from './review.command.js';
import { registerReleaseCommand } from './release.command.js';

const program = new Command('egov')
  .description('egov-vn: Vietnamese e-government indicators, from article to sourced figures')
  .exitOverride();
registerExtractCommand(program);
registerIngestCommand(program);
registerReviewCommand(program);
registerLoadCommand(program);
registerEvalCommand(program);
registerFigureCommand(program);
registerKeysCommand(program);
registerLabelledCorpusCommand(program);
registerSourceCommand(program);
registerReleaseCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CurationError) console.error(`egov: ${error.code}: ${error.message}`);
  else if (!(error instanceof CommanderError)) console.error(`egov: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof CommanderError ? error.exitCode : 1;
}
