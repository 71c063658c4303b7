import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../repositories/db.types.js';
import { explainError } from '../pages/error.page.js';
import { parseLang } from '../pages/i18n.js';
import { resolveOembed } from '../pages/oembed/oembed.js';
import { PageError } from '../pages/page-error.js';
import { publicOrigin, queryOf } from './page-reply.js';

/** oEmbed errors are JSON for the CMS that asked: `{ error: { code, message } }` with the status. */
function oembedErrorHandler(error: Error, req: FastifyRequest, reply: FastifyReply) {
  const lang = parseLang(queryOf(req).lang);
  if (!(error instanceof PageError)) {
    req.log.error({ err: error }, 'unexpected error');
    return reply.status(500).header('cache-control', 'no-store').send({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } });
  }
  return reply
    .status(error.statusCode)
    .header('cache-control', 'no-store')
    .send({ error: { code: error.code, message: explainError(error, lang) } });
}

/**
 * oEmbed (https://oembed.com) for our figure, indicator and ranking pages: a
 * CMS given one of their addresses asks here for the frame to paste. JSON
 * only; another format is 501 as the spec says.
 */
export const oembedRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.setErrorHandler(oembedErrorHandler);
  app.get('/oembed', async (req, reply) => {
    const query = queryOf(req);
    if (query.format !== undefined && query.format !== 'json') {
      return reply
        .status(501)
        .header('cache-control', 'no-store')
        .send({ error: { code: 'FORMAT_NOT_IMPLEMENTED', message: 'Only format=json is served.' } });
    }
    const answer = await resolveOembed(db, query.url, publicOrigin(req), { maxwidth: query.maxwidth });
    // Charts are pinned to the second asked: the answer itself may follow the data.
    return reply.header('cache-control', 'public, max-age=60').send(answer);
  });
};
