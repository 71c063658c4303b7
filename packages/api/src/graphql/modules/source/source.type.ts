import { type SourceDocumentRow, sourceRights } from '@egov-vn/schema';
import { findSourcesByHashes } from '../../../repositories/source.repository.js';
import { builder } from '../../builder.js';

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'ARTICLE: a stored text; TABLE: a published table as transcribed, one row per line.',
  values: ['ARTICLE', 'TABLE'] as const,
});

/** A source document; its global id is built from the sha256 of its text, so it is the same in every database. */
export const SourceNode = builder.loadableNode('Source', {
  id: { resolve: (s: SourceDocumentRow) => s.content_hash },
  load: (hashes: string[], ctx) => findSourcesByHashes(ctx.db, hashes),
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, resolve: (s) => s.kind }),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    role: t.string({
      description: 'PRIMARY: the body that publishes the figures; SECONDARY: a report of figures published by someone else. The primary wins when figures disagree.',
      resolve: (s) => s.role,
    }),
    publishedAt: t.exposeString('published_at', { nullable: true, description: 'ISO date; null when the source does not state it.' }),
    url: t.exposeString('url', { nullable: true }),
    contentHash: t.exposeString('content_hash', { description: 'sha256 of `text`.' }),
    attribution: t.exposeString('attribution', { nullable: true }),
    rights: t.string({
      description: "This source's own rights: an article's text belongs to its publisher (quoted with attribution); a transcribed table is facts, compiled under the data licence.",
      resolve: (s) => sourceRights(s),
    }),
    text: t.exposeString('text', { description: 'The full stored text; observation offsets index into it (UTF-16 code units).' }),
    excerpt: t.string({
      description: 'A slice of the text, e.g. a quote with some context around it.',
      args: { start: t.arg.int({ required: true }), end: t.arg.int({ required: true }) },
      resolve: (s, { start, end }) => s.text.slice(Math.max(0, start), Math.max(0, end)),
    }),
  }),
});
