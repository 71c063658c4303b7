import type { ApiKeyRow, ApiKeyScope, Database } from '@egov-vn/schema';
import type { Kysely } from 'kysely';
import type { Actor } from '../../curation/actor.js';
import { createKey } from '../../curation/create-key.js';
import { revokeKey } from '../../curation/revoke-key.js';
import { runCuration } from '../../curation/run-curation.js';
import { listApiKeys } from '../../repositories/api-key.repository.js';
import type { ServerCall } from './server-call.js';
import { allNodes } from './server-pages.js';

/** What `egov keys` prints of a key (never its secret). */
export interface KeySummary {
  prefix: string;
  name: string;
  scope: ApiKeyScope;
  createdAt: string;
  revokedAt: string | null;
}

/** `egov keys create | revoke | list`. */
export interface KeyCurator {
  createKey(name: string, scope: ApiKeyScope): Promise<{ key: string; apiKey: KeySummary }>;
  revokeKey(prefix: string): Promise<KeySummary>;
  listKeys(): Promise<KeySummary[]>;
}

const keySummary = (k: ApiKeyRow): KeySummary => ({ prefix: k.prefix, name: k.name, scope: k.scope, createdAt: new Date(k.created_at).toISOString(), revokedAt: k.revoked_at ? new Date(k.revoked_at).toISOString() : null });

export function directKeyCurator(db: Kysely<Database>, actor: Actor): KeyCurator {
  return {
    async createKey(name, scope) {
      const { key, row } = await runCuration(db, actor, (trx) => createKey(trx, actor, name, scope));
      return { key, apiKey: keySummary(row) };
    },
    revokeKey: async (prefix) => keySummary((await runCuration(db, actor, (trx) => revokeKey(trx, actor, prefix))).row),
    listKeys: async () => (await listApiKeys(db)).map(keySummary),
  };
}

const KEY = 'prefix name scope createdAt revokedAt';
type RemoteKey = Omit<KeySummary, 'scope'> & { scope: 'CURATOR' | 'ADMIN' };
const fromRemoteKey = (k: RemoteKey): KeySummary => ({ ...k, scope: k.scope === 'ADMIN' ? 'admin' : 'curator' });

export function serverKeyCurator(call: ServerCall): KeyCurator {
  return {
    async createKey(name, scope) {
      const data = await call<{ createApiKey: { key: string; apiKey: RemoteKey } }>(`mutation($n: String!, $s: ApiKeyScope!) { createApiKey(name: $n, scope: $s) { key apiKey { ${KEY} } } }`, { n: name, s: scope.toUpperCase() });
      return { key: data.createApiKey.key, apiKey: fromRemoteKey(data.createApiKey.apiKey) };
    },
    revokeKey: async (prefix) => fromRemoteKey((await call<{ revokeApiKey: RemoteKey }>(`mutation($p: String!) { revokeApiKey(prefix: $p) { ${KEY} } }`, { p: prefix })).revokeApiKey),
    listKeys: async () => (await allNodes<RemoteKey>(call, 'apiKeys', KEY)).map(fromRemoteKey),
  };
}
