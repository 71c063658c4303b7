import type { Db } from '../../repositories/db.types.js';
import { findIndicatorsByCodes } from '../../repositories/indicator.repository.js';
import { parseDims, parseGeography, parseYear } from '../charts/chart-params.js';
import { loadRankingChart } from '../charts/chart.data.js';
import { EMBED_HEIGHT, embedSnippet } from '../embed-code.js';
import { loadFigure, parseFigureRef } from '../figure/figure.data.js';
import { figureEmbedPath, figureTitle } from '../figure/figure.page.js';
import { type Lang, messages, parseLang } from '../i18n.js';
import { defaultChart } from '../indicator/indicator.data.js';
import { localHref } from '../layout.js';
import { indicatorName } from '../names.js';
import { PageError } from '../page-error.js';
import { rankingEmbed } from '../ranking/ranking.page.js';

/** The widest our frames are drawn (the snippet caps the iframe there too). */
const MAX_WIDTH = 720;

/** An oEmbed 1.0 answer of type "rich": the frame a CMS pastes for one of our pages. */
export interface OembedAnswer {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

interface Target {
  title: string;
  /** The embed's path and query, `lang` included. */
  embedPath: string;
  kind: keyof typeof EMBED_HEIGHT;
}

/** A moment to pin charts at: the second of the request (an article pastes the data it saw). */
const pinMoment = (now: Date) => now.toISOString().replace(/\.\d+Z$/, 'Z');

/** Which embed shows the page at `path`: a figure version, an indicator's chart, a ranking edition. */
async function targetOf(db: Db, url: URL, lang: Lang, now: Date): Promise<Target> {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const asOf = pinMoment(now);
  if (parts[0] === 'figures' && parts.length === 2) {
    // The version shown now, by its permanent address: the card never changes under the article.
    const figure = await loadFigure(db, parseFigureRef(parts[1]!));
    return { kind: 'figure', title: figureTitle(figure, lang), embedPath: localHref(figureEmbedPath(figure.observation), lang) };
  }
  if (parts[0] === 'indicators' && parts.length === 2) {
    const [indicator] = await findIndicatorsByCodes(db, [parts[1]!]);
    if (!indicator) throw new PageError(404, 'NOT_FOUND', `indicator ${parts[1]}`);
    const chart = await defaultChart(db, indicator);
    if (!chart) throw new PageError(404, 'NO_DATA', indicator.code);
    return { kind: chart.kind, title: indicatorName(indicator, lang), embedPath: localHref(chart.embed.path, lang, { ...chart.embed.params, asOf }) };
  }
  if (parts[0] === 'rankings' && parts.length === 3) {
    const year = parseYear(parts[2], 'period');
    const geography = parseGeography(url.searchParams.get('geography') ?? undefined);
    const data = await loadRankingChart(db, { indicator: parts[1], period: year, dims: parseDims(url.searchParams.get('dims') ?? undefined), asOf: undefined, geography });
    const embed = rankingEmbed(data.indicator.code, year, url.searchParams.get('dims') ?? '', geography);
    const title = messages(lang).rankingOf(indicatorName(data.indicator, lang), year);
    return { kind: 'ranking', title, embedPath: localHref(embed.path, lang, { ...embed.params, asOf }) };
  }
  throw new PageError(404, 'NOT_FOUND', 'embeddable page');
}

/**
 * The oEmbed answer for the address of one of our pages (figure, indicator,
 * ranking). Charts are pinned to the moment asked: what a CMS pastes into an
 * article keeps showing the data of that day. Another site's address, or a
 * page with nothing to embed, is NOT_FOUND (oEmbed's 404).
 */
export async function resolveOembed(
  db: Db,
  rawUrl: string | undefined,
  origin: string,
  options: { maxwidth?: string | undefined; now?: Date } = {},
): Promise<OembedAnswer> {
  if (!rawUrl) throw new PageError(400, 'BAD_PARAMETER', 'url');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new PageError(400, 'BAD_PARAMETER', 'url');
  }
  if (url.origin !== new URL(origin).origin) throw new PageError(404, 'NOT_FOUND', 'embeddable page');
  const lang = parseLang(url.searchParams.get('lang'));
  const target = await targetOf(db, url, lang, options.now ?? new Date());
  const maxwidth = Number(options.maxwidth);
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: messages(lang).siteName,
    provider_url: `${origin}/`,
    html: embedSnippet(origin, target.embedPath, target.title, EMBED_HEIGHT[target.kind]),
    width: Number.isInteger(maxwidth) && maxwidth > 0 ? Math.min(maxwidth, MAX_WIDTH) : MAX_WIDTH,
    height: EMBED_HEIGHT[target.kind],
  };
}
