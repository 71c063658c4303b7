import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../repositories/db.types.js';
import { loadFigure, parseFigureRef } from '../pages/figure/figure.data.js';
import { renderFigurePage } from '../pages/figure/figure.page.js';
import { loadHome } from '../pages/home.data.js';
import { renderHomePage } from '../pages/home.page.js';
import { parseLang } from '../pages/i18n.js';
import { loadStaticAssets } from '../pages/static-assets.js';
import { loadAreaPage } from '../pages/area/area.data.js';
import { renderAreaPage } from '../pages/area/area.page.js';
import { drawChart } from '../pages/chart-section.js';
import { loadIndicatorPage } from '../pages/indicator/indicator.data.js';
import { renderIndicatorPage } from '../pages/indicator/indicator.page.js';
import { formatDims, parseDims, parseGeography, parseYear } from '../pages/charts/chart-params.js';
import { loadRankingChart } from '../pages/charts/chart.data.js';
import { rankingEmbed, renderRankingChoicePage, renderRankingPage } from '../pages/ranking/ranking.page.js';
import { GeographyChoice } from '../pages/charts/geography-choice.js';
import { renderSearchPage, search } from '../pages/search.page.js';
import { loadSourcePage } from '../pages/source/source.data.js';
import { renderSourcePage } from '../pages/source/source.page.js';
import { pageErrorHandler, publicOrigin, queryOf, sendRendered } from './page-reply.js';

const HTML = 'text/html; charset=utf-8';

/**
 * The public pages, rendered on the server (Preact to a string; no client
 * framework): the landing page and a page per figure version. Their static
 * files come from our own origin, so a strict Content-Security-Policy holds.
 */
export const pagesRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.setErrorHandler(pageErrorHandler);
  const assets = loadStaticAssets();

  app.get<{ Params: { name: string } }>('/assets/:name', async (req, reply) => {
    const asset = assets.get(req.params.name);
    if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    // Unversioned names, so pinned embeds that link them never change: a short cache.
    return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
  });

  app.get('/', async (req, reply) => {
    const lang = parseLang(queryOf(req).lang);
    return sendRendered(reply, HTML, renderHomePage(await loadHome(db, lang), lang), false);
  });

  app.get<{ Params: { ref: string } }>('/figures/:ref', async (req, reply) => {
    const lang = parseLang(queryOf(req).lang);
    const ref = parseFigureRef(req.params.ref);
    const figure = await loadFigure(db, ref);
    // A version's page lists later revisions: it follows the data (short cache).
    return sendRendered(reply, HTML, renderFigurePage(figure, lang, publicOrigin(req)), false);
  });

  app.get('/search', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    return sendRendered(reply, HTML, renderSearchPage(await search(db, query.q ?? ''), lang), false);
  });

  app.get<{ Params: { code: string } }>('/indicators/:code', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    const data = await loadIndicatorPage(db, req.params.code, query.after);
    const chart = data.chart ? await drawChart(data.chart, lang) : undefined;
    return sendRendered(reply, HTML, renderIndicatorPage(data, chart, lang, publicOrigin(req)), false);
  });

  app.get<{ Params: { code: string; year: string } }>('/rankings/:code/:year', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    const year = parseYear(req.params.year, 'period');
    const geography = parseGeography(query.geography);
    const data = await loadRankingChart(db, { indicator: req.params.code, period: year, dims: parseDims(query.dims), asOf: undefined, geography }).catch(
      (error: unknown) => {
        if (error instanceof GeographyChoice) return error;
        throw error;
      },
    );
    if (data instanceof GeographyChoice) return sendRendered(reply, HTML, renderRankingChoicePage(data, lang), false);
    const chart = await drawChart({ kind: 'ranking', data, embed: rankingEmbed(data.indicator.code, year, formatDims(data.dims), geography) }, lang);
    return sendRendered(reply, HTML, renderRankingPage(chart, year, lang, publicOrigin(req)), false);
  });

  app.get<{ Params: { ref: string } }>('/areas/:ref', async (req, reply) => {
    const query = queryOf(req);
    const lang = parseLang(query.lang);
    return sendRendered(reply, HTML, renderAreaPage(await loadAreaPage(db, req.params.ref, query.after), lang), false);
  });

  app.get<{ Params: { ref: string } }>('/sources/:ref', async (req, reply) => {
    const lang = parseLang(queryOf(req).lang);
    return sendRendered(reply, HTML, renderSourcePage(await loadSourcePage(db, req.params.ref), lang), false);
  });
};
