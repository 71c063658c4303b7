import etag from '@fastify/etag';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../repositories/db.types.js';
import { findObservationsByIds } from '../repositories/observation.repository.js';
import { renderChartEmbed } from '../pages/charts/chart-embed.js';
import { type ChartData, loadLineChart, loadRankingChart } from '../pages/charts/chart.data.js';
import { parseAreaList, parseDims, parseGeography, parseYear } from '../pages/charts/chart-params.js';
import { chartSummary, lineChartSpec, rankingChartSpec } from '../pages/charts/chart.specs.js';
import { compileVegaLite, renderSvg, svgToPng } from '../pages/charts/render-chart.js';
import { figuresCsv } from '../pages/figure-rows.csv.js';
import { figureCardSpec } from '../pages/figure/figure-card.chart.js';
import { renderFigureCard } from '../pages/figure/figure-card.js';
import { figurePath, loadFigure, parseFigureRef } from '../pages/figure/figure.data.js';
import { type Lang, parseLang } from '../pages/i18n.js';
import { localHref } from '../pages/layout.js';
import { PageError } from '../pages/page-error.js';
import { pinMoment } from '../pages/pin-moment.js';
import { pageErrorHandler, publicOrigin, queryOf, sendRendered } from './page-reply.js';

const TYPES = {
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

/** "<name>.<format>" → name and format (HTML when none). */
function splitFormat(file: string): { name: string; format: Format } {
  const m = /^(.*?)\.(svg|png|csv|html)$/.exec(file);
  return m ? { name: m[1]!, format: m[2] as Format } : { name: file, format: 'html' };
}

/** At most this many ids in one "newer data" question (a ranking of every province fits). */
const MAX_NEWER_IDS = 200;

/**
 * Embeds for newsrooms: a figure card as HTML for an iframe, SVG and PNG for
 * print, and CSV of exactly the data shown. An address naming a version
 * (`<key>.<revision>`) or a moment (`asOf=`, or `release=` a release name) is pinned: the same bytes
 * forever, cached as immutable with an ETag.
 */
export const embedsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.setErrorHandler(pageErrorHandler);
  await app.register(etag, { algorithm: 'sha1' });

  app.get<{ Params: { file: string } }>('/embed/figure/:file', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    const { name, format } = splitFormat(req.params.file);
    const ref = parseFigureRef(name);
    const asOf = await pinMoment(db, query);
    const figure = await loadFigure(db, ref, asOf);
    const pinned = ref.revision !== undefined || asOf !== undefined;
    const figureUrl = `${publicOrigin(req)}${figurePath(figure.observation)}`;
    switch (format) {
      case 'html':
        return sendRendered(reply, TYPES.html, renderFigureCard(figure, lang), pinned);
      case 'svg':
        return sendRendered(reply, TYPES.svg, await renderSvg(figureCardSpec(figure, lang, figureUrl)), pinned);
      case 'png':
        return sendRendered(reply, TYPES.png, svgToPng(await renderSvg(figureCardSpec(figure, lang, figureUrl))), pinned);
      case 'csv': {
        const row = { observation: figure.observation, area: figure.area, source: figure.source, figureUrl };
        return sendRendered(reply, TYPES.csv, figuresCsv([row]), pinned);
      }
    }
  });

  /** A chart in the format asked for; the CSV holds exactly the figures drawn. */
  async function sendChart(reply: FastifyReply, req: FastifyRequest, format: Format, data: ChartData, kind: 'line' | 'ranking', lang: Lang) {
    const pinned = data.asOf !== undefined;
    if (format === 'csv') {
      const origin = publicOrigin(req);
      const rows = data.points.map(({ observation, area }) => ({
        observation,
        area,
        source: data.sources.find((s) => s.id === observation.source_id),
        figureUrl: `${origin}${figurePath(observation)}`,
      }));
      return sendRendered(reply, TYPES.csv, figuresCsv(rows), pinned);
    }
    const spec = kind === 'line' ? lineChartSpec(data, lang) : rankingChartSpec(data, lang);
    const svg = await renderSvg(compileVegaLite(spec));
    if (format === 'svg') return sendRendered(reply, TYPES.svg, svg, pinned);
    if (format === 'png') return sendRendered(reply, TYPES.png, svgToPng(svg), pinned);
    return sendRendered(reply, TYPES.html, renderChartEmbed(data, svg, chartSummary(data, lang, kind), lang), pinned);
  }

  app.get<{ Params: { file: string } }>('/embed/:file', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    const { name, format } = splitFormat(req.params.file);
    const asOf = await pinMoment(db, query);
    const dims = parseDims(query.dims);
    if (name === 'line') {
      const data = await loadLineChart(db, { indicator: query.indicator, areaRefs: parseAreaList(query.areas), dims, asOf });
      return sendChart(reply, req, format, data, 'line', lang);
    }
    if (name === 'ranking') {
      const geography = parseGeography(query.geography);
      const data = await loadRankingChart(db, { indicator: query.indicator, period: parseYear(query.period, 'period'), dims, asOf, geography });
      return sendChart(reply, req, format, data, 'ranking', lang);
    }
    throw new PageError(404, 'NOT_FOUND', 'embed');
  });

  /**
   * Whether any of the figures an embed shows has been revised since: asked
   * by the embed's static script, so the pinned document itself never changes.
   */
  app.get('/embed/newer', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    const ids = (query.ids ?? '').split(',').filter(Boolean).map(Number);
    if (ids.length === 0 || ids.length > MAX_NEWER_IDS || ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
      throw new PageError(400, 'BAD_PARAMETER', 'ids');
    }
    const rows = await findObservationsByIds(db, ids);
    const revised = rows.find((r) => r && r.superseded_at !== null);
    const body = revised ? { newer: true, href: localHref(`/figures/${revised.natural_key}`, lang) } : { newer: false };
    return reply.header('cache-control', 'public, max-age=60').send(body);
  });
};
