import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
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

/** Vega-Lite → Vega. */
export function compileVegaLite(spec: TopLevelSpec): vega.Spec {
  return compile(spec).spec;
}

/** A Vega spec drawn as SVG on the server (no browser, no canvas). */
export async function renderSvg(spec: vega.Spec): Promise<string> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG → PNG at twice the size (print), with our font only: the machine's fonts never change the picture. */
export function svgToPng(svg: string, zoom = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
  });
  return resvg.render().asPng();
}
