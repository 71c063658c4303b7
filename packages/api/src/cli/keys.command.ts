import { API_KEY_SCOPES, type ApiKeyScope } from '@egov-vn/schema';
import type { Command } from 'commander';
import { createApiKey } from '../auth/api-keys.js';
import { listApiKeys, revokeApiKey } from '../repositories/api-key.repository.js';
import { withDatabase } from './cli-database.js';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('API keys for the write API (stored hashed; shown once)');

  keys
    .command('create')
    .description('Create a key and print it once')
    .requiredOption('--name <name>', 'who uses it (recorded in the audit log)')
    .option('--scope <scope>', `${API_KEY_SCOPES.join(' or ')}`, 'curator')
    .action(async (options: { name: string; scope: string }) => {
      if (!(API_KEY_SCOPES as readonly string[]).includes(options.scope)) {
        throw new Error(`--scope must be ${API_KEY_SCOPES.join(' or ')}, got "${options.scope}"`);
      }
      const { key, row } = await withDatabase(({ db }) => createApiKey(db, options.name, options.scope as ApiKeyScope));
      console.log(key);
      console.error(`key ${row.prefix} (${row.scope}) for ${row.name}: store it now, it is not shown again`);
    });

  keys
    .command('list')
    .description('Keys (never their secrets)')
    .action(async () => {
      const rows = await withDatabase(({ db }) => listApiKeys(db));
      for (const k of rows) {
        console.log(`${k.prefix}  ${k.scope.padEnd(7)}  ${k.name}  created ${new Date(k.created_at).toISOString()}${k.revoked_at ? `  REVOKED ${new Date(k.revoked_at).toISOString()}` : ''}`);
      }
    });

  keys
    .command('revoke')
    .description('Revoke a key: it is refused from now on (its row stays for the audit log)')
    .argument('<prefix>', 'the key\'s prefix (egov keys list)')
    .action(async (prefix: string) => {
      const row = await withDatabase(({ db }) => revokeApiKey(db, prefix));
      if (!row) throw new Error(`no key with prefix "${prefix}"`);
      console.log(`revoked ${row.prefix} (${row.name})`);
    });
}
