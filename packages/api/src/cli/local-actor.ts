import { userInfo } from 'node:os';
import type { Actor } from '../curation/actor.js';

/**
 * The CLI writing to a database it opened itself acts as its local user (it
 * holds the database, so it needs no key); EGOV_CURATOR names someone else.
 */
export function localActor(env: NodeJS.ProcessEnv = process.env): Actor {
  const name = env.EGOV_CURATOR?.trim() || `cli:${userInfo().username}`;
  return { name, apiKeyId: null, scope: 'admin' };
}
