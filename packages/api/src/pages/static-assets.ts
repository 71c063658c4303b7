import { readFileSync } from 'node:fs';

/** The static files of the pages, read once: served from our own origin so a strict CSP holds. */
const FILES = {
  'site.css': 'text/css; charset=utf-8',
  'embed.js': 'text/javascript; charset=utf-8',
  'embed-host.js': 'text/javascript; charset=utf-8',
  'page.js': 'text/javascript; charset=utf-8',
} as const;

export interface StaticAsset {
  body: Buffer;
  type: string;
}

export function loadStaticAssets(): Map<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const [name, type] of Object.entries(FILES)) {
    assets.set(name, { body: readFileSync(new URL(`./assets/${name}`, import.meta.url)), type });
  }
  return assets;
}
