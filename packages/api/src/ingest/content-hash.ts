import { createHash } from 'node:crypto';

/** sha256 hex of a text: the identity of a stored document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
