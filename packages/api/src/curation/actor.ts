import type { ApiKeyScope } from '@egov-vn/schema';

/**
 * Who performs a write: the name of an API key (the write API), or of the
 * local user running the CLI on a database it opens itself.
 */
export interface Actor {
  name: string;
  /** The key used; null for the local CLI, which needs no key to open its own database. */
  apiKeyId: number | null;
  scope: ApiKeyScope;
}
