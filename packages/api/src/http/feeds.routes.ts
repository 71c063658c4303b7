import { findIndicator } from '@egov-vn/schema';
import type { ObservationRow } from '@egov-vn/schema';
import type { FastifyPluginAsync } from 'fastify';
import { figurePath } from '../pages/figure/figure.data.js';
import { pageChanges, type ChangeRow } from '../repositories/change.repository.js';
import type { Db } from '../repositories/db.types.js';
import { findObservationsByIds } from '../repositories/observation.repository.js';
import { httpError } from './http-error.js';
import { publicOrigin } from './page-reply.js';

/** Items per feed: the latest changes; older ones are in the GraphQL `changes` feed. */
const FEED_ITEMS = 50;

const valueOf = (o: ObservationRow | undefined) => (o ? `${o.value} ${o.unit}` : '—');

function itemTitle(c: ChangeRow, before: ObservationRow | undefined, after: ObservationRow | undefined): string {
  const o = (after ?? before)!;
  const what = `${c.indicator_code} ${o.area_ref} ${o.period ?? 'undated'}`;
  if (c.kind === 'APPROVAL') return `Published: ${what} = ${valueOf(after)}`;
  if (c.kind === 'CORRECTION') return `Corrected: ${what}: ${valueOf(before)} → ${valueOf(after)}`;
  return `Withdrawn: ${what} (was ${valueOf(before)})`;
}

/**
 * A JSON Feed (https://jsonfeed.org/version/1.1) of each indicator's changes
 * at /feeds/<code>.json, newest first, for people who follow figures in a feed
 * reader rather than through the API.
 */
export const feedsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Params: { file: string } }>('/feeds/:file', async (req, reply) => {
    const m = /^([a-z0-9_]+)\.json$/.exec(req.params.file);
    const indicator = m ? findIndicator(m[1]!) : undefined;
    if (!indicator) throw httpError(404, 'NOT_FOUND', `No feed "${req.params.file}": feeds are /feeds/<indicator code>.json`);
    const { rows } = await pageChanges(db, { indicatorCodes: [indicator.code] }, { backward: true, limit: FEED_ITEMS });
    const ids = [...new Set(rows.flatMap((c) => [c.before_id, c.after_id, c.cause_id]).filter((id): id is number => id !== null))];
    const versions = new Map((await findObservationsByIds(db, ids)).filter((o): o is ObservationRow => o !== undefined).map((o) => [o.id, o]));
    const origin = publicOrigin(req);
    const items = rows.reverse().map((c) => {
      const before = c.before_id === null ? undefined : versions.get(c.before_id);
      const after = c.after_id === null ? undefined : versions.get(c.after_id);
      const cause = c.cause_id === null ? undefined : versions.get(c.cause_id);
      return {
        id: `${c.figure_key}/${c.kind}/${c.at}`,
        url: `${origin}${figurePath((after ?? before)!)}`,
        title: itemTitle(c, before, after),
        content_text: [itemTitle(c, before, after), cause?.change_reason ? `Reason: ${cause.change_reason}` : null, quoteOrLocator((after ?? before)!)].filter(Boolean).join('\n'),
        date_published: c.at,
        _egov: { kind: c.kind, figureKey: c.figure_key, before: before ? { revision: before.revision, value: before.value } : null, after: after ? { revision: after.revision, value: after.value } : null },
      };
    });
    return reply
      .type('application/feed+json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send({
        version: 'https://jsonfeed.org/version/1.1',
        title: `egov-vn: ${indicator.nameEn} (${indicator.code}) — changes`,
        home_page_url: `${origin}/indicators/${indicator.code}`,
        feed_url: `${origin}/feeds/${indicator.code}.json`,
        description: `Approvals, corrections and withdrawals of published ${indicator.code} figures, newest first.`,
        items,
      });
  });
};

/** The figure's words in the source, or for a figure read from a table where in the table (its transcribed row is not a quote). */
const quoteOrLocator = (o: ObservationRow) => (o.quote !== null ? `"${o.quote}"` : o.locator);
