import type { Command } from 'commander';
import { withCurator } from './curator/curator-client.js';
import type { ReleaseSummary } from './curator/release.curator.js';

function show(r: ReleaseSummary) {
  console.log(`${r.name}  cut ${r.cutAt}  ${r.observations} figures  sha256 ${r.checksum}\n  ${r.notes}`);
}

export function registerReleaseCommand(program: Command): void {
  const release = program.command('release');

  release
    .command('create')
    .description('Cut a release of what is published now: its moment, counts and checksum are recorded, never changed')
    .argument('<name>', 'a year and a number, e.g. 2026.1')
    .requiredOption('--notes <text>', 'what changed since the last release')
    .action(async (name: string, o: { notes: string }) => {
      show(await withCurator((curator) => curator.createRelease({ name, notes: o.notes })));
    });

  release
    .command('list')
    .description('Every release, newest first')
    .action(async () => {
      for (const r of await withCurator((curator) => curator.listReleases())) show(r);
    });
}
