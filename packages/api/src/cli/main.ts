import { Command, CommanderError } from 'commander';
import { CurationError } from '../curation/curation-error.js';

type Register = (program: Command) => void;

/**
 * Every command, what it does, and its module. A module is imported only when
 * its command runs: `egov extract` loads the extractor, not the database
 * drivers or the Parquet writer, and `egov --help` loads no command at all.
 */
const COMMANDS: Record<string, { description: string; load: () => Promise<Register> }> = {
  extract: {
    description: 'Extract indicator figures from documents and print them (nothing is stored)',
    load: async () => (await import('./extract.command.js')).registerExtractCommand,
  },
  ingest: {
    description: 'Store documents and their extracted figures as candidates for review (one transaction)',
    load: async () => (await import('./ingest.command.js')).registerIngestCommand,
  },
  review: {
    description: 'Review extracted figures before they are published (decisions live in the database)',
    load: async () => (await import('./review.command.js')).registerReviewCommand,
  },
  load: {
    description: 'Migrate the database and load the published dataset (idempotent)',
    load: async () => (await import('./load.command.js')).registerLoadCommand,
  },
  eval: {
    description: 'Score the extractor against a labelled corpus (gold.json with its pages next to it)',
    load: async () => (await import('./eval.command.js')).registerEvalCommand,
  },
  figure: {
    description: 'Correct, withdraw or add figures (each a new version, audited)',
    load: async () => (await import('./figure.command.js')).registerFigureCommand,
  },
  keys: {
    description: 'API keys for the write API (stored hashed; shown once; audited; through the server while it holds the embedded database)',
    load: async () => (await import('./keys.command.js')).registerKeysCommand,
  },
  labelled: {
    description: 'The labelled development corpus (../shared/corpus-dev) as reviewed sources',
    load: async () => (await import('./labelled-corpus.command.js')).registerLabelledCorpusCommand,
  },
  source: {
    description: 'Sources: documents and their figures',
    load: async () => (await import('./source.command.js')).registerSourceCommand,
  },
  release: {
    description: 'Named, immutable versions of the published data (cite one, query one, download one)',
    load: async () => (await import('./release.command.js')).registerReleaseCommand,
  },
};

const program = new Command('egov')
  .description('egov-vn: Vietnamese e-government indicators, from article to sourced figures')
  .exitOverride();

// The command asked for (`egov help <command>` asks for its help) is registered
// in full; the others by name and description only, for the command list.
const [first, second] = process.argv.slice(2);
const asked = first === 'help' ? second : first;

try {
  for (const [name, { description, load }] of Object.entries(COMMANDS)) {
    if (name === asked) (await load())(program);
    else program.command(name);
    program.commands.at(-1)!.description(description);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CurationError) console.error(`egov: ${error.code}: ${error.message}`);
  else if (!(error instanceof CommanderError)) console.error(`egov: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof CommanderError ? error.exitCode : 1;
}
