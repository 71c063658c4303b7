import { loadInChunks } from '../../load-in-chunks.js';
import { type SourceDocumentRow, sourceRights } from '@egov-vn/schema';
import type { Context } from '../../context.js';
import { findSourcesByHashes } from '../../../repositories/source.repository.js';
import { formatSourceCitation } from '../../../citations/citation.js';
import { builder } from '../../builder.js';
import { DateScalar } from '../area/as-of.scalar.js';
import { describedValues } from '../../described-values.js';
import { LangEnum } from '../../enums.js';

export const SourceKindEnum = builder.enumType('SourceKind', {
  description: 'ARTICLE: a stored text; TABLE: a published table as transcribed, one row per line.',
  values: describedValues(['ARTICLE', 'TABLE'] as const, {
    ARTICLE: 'A text (news article, report, decision) stored as published; figures carry a quote from it.',
    TABLE: 'A published table (e.g. a DTI ranking) transcribed one row per line; figures carry a locator (edition, table, row), not a quote.',
  }),
});

/** A source as loaded: a list of figures loads its sources without their text (see `sourceById`), read here when asked for. */
type SourceShape = Omit<SourceDocumentRow, 'text'> & { text?: string };

async function textOf(s: SourceShape, _args: object, ctx: Context): Promise<string> {
  return s.text ?? (await ctx.loaders.sourceTextById.load(s.id))!;
}

/** A source document; its global id is built from the sha256 of its text, so it is the same in every database. */
export const SourceNode = builder.loadableNode('Source', {
  description:
    'A document figures are read from, stored as it was read: its text never changes (a changed text at the same address is a new version, with a new content hash and id).',
  id: { resolve: (s: SourceShape) => s.content_hash },
  load: (hashes: string[], ctx) => loadInChunks((chunk: string[]) => findSourcesByHashes(ctx.db, chunk))(hashes),
  fields: (t) => ({
    kind: t.field({ type: SourceKindEnum, description: 'ARTICLE (a text, cited by quote) or TABLE (a transcribed table, cited by locator).', resolve: (s) => s.kind }),
    title: t.exposeString('title', { description: "The title in the source's own language (`language`)." }),
    titleEn: t.exposeString('title_en', {
      nullable: true,
      description: 'An English title beside it (the same as `title` for an English source); null when no English title is recorded: none is invented.',
    }),
    language: t.field({
      type: LangEnum,
      description: 'The language the source is written in.',
      resolve: (s) => (s.language === 'en' ? 'EN' : 'VI'),
    }),
    citation: t.string({
      description:
        'Ready to print, in Vietnamese (default) or English: title (in English, with the English title beside it), outlet, date, address; what is not recorded is said ("không rõ nơi đăng" / "outlet unknown").',
      args: { lang: t.arg({ type: LangEnum, defaultValue: 'VI', description: 'VI (default) or EN.' }) },
      resolve: (s, { lang }) => formatSourceCitation(s, lang === 'EN' ? 'en' : 'vi'),
    }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it, e.g. a ministry or newspaper; null when not recorded.' }),
    role: t.string({
      description: 'PRIMARY: the body that publishes the figures; SECONDARY: a report of figures published by someone else. The primary wins when figures disagree.',
      resolve: (s) => s.role,
    }),
    publishedAt: t.field({
      type: DateScalar,
      nullable: true,
      description: 'The day it was published; null when the source does not state it.',
      resolve: (s) => s.published_at,
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where it was published; null when it has no address (e.g. a printed report).' }),
    contentHash: t.exposeString('content_hash', { description: 'sha256 of `text`.' }),
    attribution: t.exposeString('attribution', {
      nullable: true,
      description: 'The credit line to print when quoting this source; null when none is required beyond title and publisher.',
    }),
    rights: t.string({
      description: "This source's own rights: an article's text belongs to its publisher (quoted with attribution); a transcribed table is facts, compiled under the data licence.",
      resolve: (s) => sourceRights(s),
    }),
    text: t.string({ description: 'The full stored text; observation offsets index into it (UTF-16 code units).', resolve: textOf }),
    excerpt: t.string({
      description: 'A slice of the text, e.g. a quote with some context around it.',
      args: {
        start: t.arg.int({ required: true, description: 'First offset, in UTF-16 code units (e.g. a `quoteStart` minus some context); below 0 counts as 0.' }),
        end: t.arg.int({ required: true, description: 'End offset (exclusive), in UTF-16 code units; past the end of the text counts as the end.' }),
      },
      resolve: async (s, { start, end }, ctx) => (await textOf(s, {}, ctx)).slice(Math.max(0, start), Math.max(0, end)),
    }),
  }),
});

builder.objectField(SourceNode, 'previousVersion', (t) =>
  t.field({
    type: SourceNode,
    nullable: true,
    description: 'The version of this document stored before it at the same address, which this one replaced (its published figures that this one no longer states are up for withdrawal); null for a first version.',
    resolve: async (s, _args, ctx) => (s.previous_version_id === null ? null : ((await ctx.loaders.sourceById.load(s.previous_version_id)) ?? null)),
  }),
);
