import type { Command } from 'commander';
import { loadDataset } from '../dataset/load-dataset.js';
import { withDatabase } from './cli-database.js';

export function registerLoadCommand(program: Command): void {
  program
    .command('load')
    .option('--force', 're-import every part even if its data files did not change')
    .action(async (options: { force?: boolean }) => {
      const report = await withDatabase(({ db }) => loadDataset(db, { force: Boolean(options.force) }));
      console.log(JSON.stringify(report, null, 2));
    });
}
