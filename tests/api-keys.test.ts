import { createApiKey, createEgovYoga } from '@egov-vn/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './support/test-database.js';
import { yogaClient } from './support/yoga-client.js';

let database: TestDatabase;
let gql: ReturnType<typeof yogaClient>;
let admin: string;

const CREATE = 'mutation($n: String!, $s: ApiKeyScope!) { createApiKey(name: $n, scope: $s) { key apiKey { prefix name scope revokedAt } } }';

beforeAll(async () => {
  database = await openTestDatabase();
  gql = yogaClient(createEgovYoga(database.db));
  admin = (await createApiKey(database.db, 'admin-chi', 'admin')).key;
});
afterAll(() => database.close());

describe('API keys through the write API', () => {
  it('an admin creates a curator key that works at once; it cannot manage keys; revoked, it is refused', async () => {
    const created = await gql(CREATE, { n: 'curator-dung', s: 'CURATOR' }, admin);
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data.createApiKey;
    expect(apiKey).toMatchObject({ name: 'curator-dung', scope: 'CURATOR', revokedAt: null });
    expect(key).toMatch(new RegExp(`^egov_${apiKey.prefix}_`));

    const asCurator = await gql('{ apiKeys { nodes { prefix } } }', {}, key);
    expect(asCurator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(CREATE, { n: 'x', s: 'ADMIN' }, key)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Keys page like every list: oldest first, the new key last.
    const listed = await gql('{ apiKeys(last: 1) { totalCount nodes { prefix name scope revokedAt } pageInfo { hasPreviousPage } } }', {}, admin);
    expect(listed.data.apiKeys.nodes.map((k: any) => k.prefix)).toEqual([apiKey.prefix]);
    expect(listed.data.apiKeys.totalCount).toBeGreaterThan(1);
    expect(listed.data.apiKeys.pageInfo.hasPreviousPage).toBe(true);

    const revoked = await gql('mutation($p: String!) { revokeApiKey(prefix: $p) { prefix revokedAt } }', { p: apiKey.prefix }, admin);
    expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
    const refused = await gql('mutation { approveFigures(figureKeys: []) { figureKey } }', {}, key);
    expect([refused.status, refused.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('refuses anonymous key management and unknown prefixes with their codes', async () => {
    const anonymous = await gql(CREATE, { n: 'nobody', s: 'ADMIN' });
    expect([anonymous.status, anonymous.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await gql('mutation { revokeApiKey(prefix: "000000000000") { prefix } }', {}, admin);
    expect([unknown.status, unknown.errors?.[0]?.extensions?.code]).toEqual([404, 'KEY_NOT_FOUND']);
  });

  it('audits creation and revocation by prefix, never with the secret', async () => {
    const { key, apiKey } = (await gql(CREATE, { n: 'curator-em', s: 'CURATOR' }, admin)).data.createApiKey;
    await gql('mutation($p: String!) { revokeApiKey(prefix: $p) { prefix } }', { p: apiKey.prefix }, admin);
    const audit = await database.db.selectFrom('audit_log').selectAll().where('target', '=', apiKey.prefix).orderBy('id').execute();
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['create-key', 'admin-chi'],
      ['revoke-key', 'admin-chi'],
    ]);
    const secret = key.split('_').at(-1)!;
    expect(JSON.stringify(audit)).not.toContain(secret);
    const rows = await database.db.selectFrom('api_key').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
});
