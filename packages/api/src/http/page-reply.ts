import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_ORIGIN } from '../config.js';
import { renderErrorPage, explainError } from '../pages/error.page.js';
import { parseLang } from '../pages/i18n.js';
import { PageError } from '../pages/page-error.js';
import { cacheControl } from '../pages/pinning.js';

/** The origin absolute links are written with. */
export function publicOrigin(req: FastifyRequest): string {
  return PUBLIC_ORIGIN ?? `${req.protocol}://${req.host}`;
}

export const queryOf = (req: FastifyRequest) => req.query as Record<string, string | undefined>;

/**
 * Sends a page or an embed. No cookie is ever set; pinned answers are cached
 * for good (their ETag, from @fastify/etag, lets a cache revalidate cheaply).
 */
export function sendRendered(reply: FastifyReply, type: string, body: string | Buffer, pinned: boolean) {
  return reply.type(type).header('cache-control', cacheControl(pinned)).send(body);
}

/**
 * Errors of pages and embeds: a `PageError` is a styled message (HTML, or
 * plain text for images and CSV) with its status; anything else is masked.
 */
export function pageErrorHandler(error: Error, req: FastifyRequest, reply: FastifyReply) {
  const lang = parseLang(queryOf(req).lang);
  // A cursor from another list (BAD_USER_INPUT from the shared cursor rule) is a bad parameter too.
  const badInput = (error as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT';
  const known =
    error instanceof PageError
      ? error
      : badInput
        ? new PageError(400, 'BAD_PARAMETER', 'after')
        : (error as { statusCode?: number }).statusCode === 400
          ? new PageError(400, 'BAD_PARAMETER', 'query')
          : null;
  if (!known) {
    req.log.error({ err: error }, 'unexpected error');
    return reply.status(500).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Unexpected error.');
  }
  const wantsText = /\.(svg|png|csv)$/.test(req.url.split('?')[0] ?? '');
  reply.status(known.statusCode).header('cache-control', 'no-store');
  if (wantsText) return reply.type('text/plain; charset=utf-8').send(`${known.code}: ${explainError(known, lang)}`);
  return reply.type('text/html; charset=utf-8').send(renderErrorPage(known, lang, req.url.startsWith('/embed/')));
}
