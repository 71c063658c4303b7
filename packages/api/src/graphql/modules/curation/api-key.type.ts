import type { ApiKeyRow } from '@egov-vn/schema';
import { createKey } from '../../../curation/create-key.js';
import { revokeKey } from '../../../curation/revoke-key.js';
import { API_KEY_SORT_KEYS, countApiKeys, pageApiKeys } from '../../../repositories/api-key.repository.js';
import { builder } from '../../builder.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { requireActor, write } from './write-access.js';

const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description: 'What a key may do: curator (review, correct, withdraw, add) or admin (also keys, releases and the audit log).',
  values: {
    CURATOR: { value: 'curator' as const, description: 'Review, correct, withdraw and add figures and sources.' },
    ADMIN: { value: 'admin' as const, description: 'Everything a curator may, plus keys, releases and the audit log.' },
  },
});

export const ApiKeyType = builder.objectRef<ApiKeyRow>('ApiKey').implement({
  description: 'An API key for the write API, without its secret (only a hash of it is stored).',
  fields: (t) => ({
    prefix: t.exposeString('prefix', { description: 'The public part of the key ("egov_<prefix>_…"): names it in the audit log.' }),
    name: t.exposeString('name', { description: 'Who uses it.' }),
    scope: t.field({ type: ApiKeyScopeEnum, description: 'What it may do.', resolve: (k) => k.scope }),
    createdAt: t.field({ type: DateTimeScalar, description: 'When it was created.', resolve: (k) => new Date(k.created_at) }),
    revokedAt: t.field({
      type: DateTimeScalar,
      nullable: true,
      description: 'When it was revoked; null while it works.',
      resolve: (k) => (k.revoked_at ? new Date(k.revoked_at) : null),
    }),
  }),
});

const NewApiKey = builder.objectRef<{ key: string; row: ApiKeyRow }>('NewApiKey').implement({
  description: 'A key just created: its secret is shown here once and never again.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The whole key, to send as "Authorization: Bearer <key>". Store it now.' }),
    apiKey: t.field({ type: ApiKeyType, description: 'The key as listed from now on.', resolve: (k) => k.row }),
  }),
});

builder.queryFields((t) => ({
  apiKeys: t.connection({
    nullable: true,
    type: ApiKeyType,
    description: 'Every key, revoked ones included, oldest first (never their secrets), paged like every list. Needs an admin key.',
    resolve: async (_root, args, ctx) => {
      await requireActor(ctx, 'admin');
      return keysetConnection(args, {
        list: 'apiKeys',
        query: {},
        keys: API_KEY_SORT_KEYS,
        fetch: (page) => pageApiKeys(ctx.db, page),
        count: () => countApiKeys(ctx.db),
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: NewApiKey,
    description: 'Creates a key for a curator or an admin; audited. Needs an admin key.',
    args: {
      name: t.arg.string({ required: true, description: 'Who will use it (recorded in the audit log).' }),
      scope: t.arg({ type: ApiKeyScopeEnum, required: true, description: 'What it may do.' }),
    },
    resolve: (_root, args, ctx) => write(ctx, 'admin', (trx, actor) => createKey(trx, actor, args.name, args.scope)),
  }),
  revokeApiKey: t.field({
    type: ApiKeyType,
    description: 'Revokes a key: refused from then on; its row stays for the audit log. Needs an admin key.',
    args: { prefix: t.arg.string({ required: true, description: 'The key\'s prefix (apiKeys).' }) },
    resolve: async (_root, args, ctx) => (await write(ctx, 'admin', (trx, actor) => revokeKey(trx, actor, args.prefix))).row,
  }),
}));
