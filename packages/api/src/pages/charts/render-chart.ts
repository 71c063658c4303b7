import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { LRUCache } from 'lru-cache';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);

/** Noto Sans (OFL), shipped by an npm package: it has every Vietnamese glyph, and no request leaves our server for it. */
export const CHART_FONT = 'Noto Sans';
const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/** Shared look of every chart: our font, readable sizes, dark enough text. */
export const CHART_CONFIG = {
  font: CHART_FONT,
  background: '#ffffff',
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a' },
  legend: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1a1a1a', titleColor: '#1a1a1a' },
  title: { fontSize: 15, color: '#1a1a1a', subtitleColor: '#4a4a4a', subtitleFontSize: 12, anchor: 'start' },
  view: { stroke: null },
} as const;

/** Vega-Lite's advice (e.g. how it merged two sorted scales) is for chart authors, not the server's log. */
const quietLogger = vega.logger(vega.Error);

/** Vega-Lite → Vega. */
export function compileVegaLite(spec: TopLevelSpec): vega.Spec {
  return compile(spec, { logger: quietLogger }).spec;
}

/**
 * Drawings by the digest of what they draw: a spec holds its data, so a
 * correction makes a new spec and never meets an old drawing. Bounded by bytes.
 */
const drawings = new LRUCache<string, string | Buffer>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v) => v.length || 1 });
const digest = (kind: string, text: string) => `${kind}:${createHash('sha256').update(text).digest('base64url')}`;

/** A Vega spec drawn as SVG on the server (no browser, no canvas). */
export async function renderSvg(spec: vega.Spec): Promise<string> {
  const key = digest('svg', JSON.stringify(spec));
  const cached = drawings.get(key);
  if (typeof cached === 'string') return cached;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    drawings.set(key, svg);
    return svg;
  } finally {
    view.finalize();
  }
}

/** SVG → PNG at twice the size (print), with our font only: the machine's fonts never change the picture. */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const key = digest(`png${zoom}`, svg);
  const cached = drawings.get(key);
  if (Buffer.isBuffer(cached)) return cached;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
  });
  const png = resvg.render().asPng();
  drawings.set(key, png);
  return png;
}
