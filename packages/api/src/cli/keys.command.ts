import { API_KEY_SCOPES, type ApiKeyScope } from '@egov-vn/schema';
import type { Command } from 'commander';
import { withCurator } from './curator/curator-client.js';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys');

  keys
    .command('create')
    .description('Create a key and print it once')
    .requiredOption('--name <name>', 'who uses it (recorded in the audit log)')
    .option('--scope <scope>', `${API_KEY_SCOPES.join(' or ')}`, 'curator')
    .action(async (options: { name: string; scope: string }) => {
      if (!(API_KEY_SCOPES as readonly string[]).includes(options.scope)) {
        throw new Error(`--scope must be ${API_KEY_SCOPES.join(' or ')}, got "${options.scope}"`);
      }
      const { key, apiKey } = await withCurator((curator) => curator.createKey(options.name, options.scope as ApiKeyScope));
      console.log(key);
      console.error(`key ${apiKey.prefix} (${apiKey.scope}) for ${apiKey.name}: store it now, it is not shown again`);
    });

  keys
    .command('list')
    .description('Keys (never their secrets)')
    .action(async () => {
      const rows = await withCurator((curator) => curator.listKeys());
      for (const k of rows) console.log(`${k.prefix}  ${k.scope.padEnd(7)}  ${k.name}  created ${k.createdAt}${k.revokedAt ? `  REVOKED ${k.revokedAt}` : ''}`);
    });

  keys
    .command('revoke')
    .description('Revoke a key: it is refused from now on (its row stays for the audit log)')
    .argument('<prefix>', 'the key\'s prefix (egov keys list)')
    .action(async (prefix: string) => {
      const row = await withCurator((curator) => curator.revokeKey(prefix));
      console.log(`revoked ${row.prefix} (${row.name})`);
    });
}
