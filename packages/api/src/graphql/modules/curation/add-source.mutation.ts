import type { IngestReport } from '../../../ingest/ingest-document.js';
import { readSource, storeSource } from '../../../curation/add-source.js';
import { findSourcesByHashes } from '../../../repositories/source.repository.js';
import { builder } from '../../builder.js';
import { DateScalar } from '../area/as-of.scalar.js';
import { SourceNode } from '../source/source.type.js';
import { writeAfter } from './write-access.js';

const AddSourceInput = builder.inputType('AddSourceInput', {
  description: 'A document to store and extract figures from. Only `text` is required; the rest is printed in citations, so give it when known.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The document\'s text (UTF-8); figures are extracted from it as candidates.' }),
    url: t.string({ description: 'Its address: a different text at the address of a stored source is a new version of that source.' }),
    publisher: t.string({ description: 'Who published it, e.g. "Sở Thông tin và Truyền thông tỉnh Bắc Ninh".' }),
    publishedAt: t.field({ type: DateScalar, description: 'The day it was published; leave it out when the document does not state it.' }),
    title: t.string({ description: 'The document\'s title; the address (or "source") names it when left out.' }),
    licence: t.string({ description: 'Decides whether the full text is served.' }),
    area: t.string({ description: 'Area of a document that never names its own (code or name).' }),
  }),
});

const AddSourceResult = builder.objectRef<IngestReport>('AddSourceResult').implement({
  description: 'What storing a source did.',
  fields: (t) => ({
    source: t.field({ type: SourceNode, description: 'The stored source (the existing one when the same text was stored before).', resolve: async (r, _a, ctx) => (await findSourcesByHashes(ctx.db, [r.sourceHash]))[0]! }),
    previousVersion: t.field({
      type: SourceNode,
      nullable: true,
      description: 'The version of the source this text replaces (same address), if any.',
      resolve: async (r, _a, ctx) => (r.previousVersion ? ((await findSourcesByHashes(ctx.db, [r.previousVersion]))[0] ?? null) : null),
    }),
    candidates: t.exposeInt('candidates', { description: 'Figures extracted.' }),
    inserted: t.exposeInt('inserted', { description: 'New figures (candidates).' }),
    revised: t.exposeInt('revised', { description: 'Figures whose value changed (candidate revisions).' }),
    unchanged: t.exposeInt('unchanged', { description: 'Figures already stored with the same value: nothing written.' }),
    vanished: t.exposeInt('vanished', { description: 'Published figures of the previous version the text no longer carries: candidates for withdrawal.' }),
  }),
});

builder.mutationFields((t) => ({
  addSource: t.field({
    type: AddSourceResult,
    description: 'Stores a document and its extracted figures as candidates (a new version of the source at the same address).',
    args: { input: t.arg({ type: AddSourceInput, required: true, description: 'The document and what is known of it.' }) },
    // Extracted in a worker thread before the transaction: neither the event loop nor the database waits on it.
    resolve: async (_root, { input }, ctx) =>
      (
        await writeAfter(
          ctx,
          'curator',
          () =>
            readSource({
              text: input.text,
              name: input.title ?? input.url ?? 'source',
              url: input.url,
              publisher: input.publisher,
              publishedAt: input.publishedAt,
              title: input.title,
              licence: input.licence,
              area: input.area,
            }),
          storeSource,
        )
      ).report,
  }),
}));
