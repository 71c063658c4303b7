/**
 * Escapes LIKE's wildcards (`%`, `_`) and its escape character, so user input
 * in a pattern matches only itself (PostgreSQL's default escape is `\`).
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching every text that starts with `prefix`, taken literally. */
export function likePrefix(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}
