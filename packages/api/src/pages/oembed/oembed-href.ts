/** The oEmbed discovery address of one of our pages (`pagePath` with its query, on `origin`). */
export function oembedHref(origin: string, pagePath: string): string {
  return `${origin}/oembed?url=${encodeURIComponent(`${origin}${pagePath}`)}&format=json`;
}
