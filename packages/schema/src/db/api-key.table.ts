import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export const API_KEY_SCOPES = ['curator', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A key for the write API. Only a hash of its secret is stored; a revoked key stays, for the audit log. */
export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  scope: ApiKeyScope;
  prefix: string;
  secret_hash: string;
  created_at: ColumnType<Date, never, never>;
  revoked_at: ColumnType<Date | null, never, Date | null>;
}

export type ApiKeyRow = Selectable<ApiKeyTable>;
export type NewApiKeyRow = Insertable<ApiKeyTable>;
