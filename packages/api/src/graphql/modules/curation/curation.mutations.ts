import { addFigure } from '../../../curation/add-figure.js';
import { correctFigure } from '../../../curation/correct-figure.js';
import { reviewFigures } from '../../../curation/review-figures.js';
import { withdrawFigure } from '../../../curation/withdraw-figure.js';
import { builder } from '../../builder.js';
import { type DimensionsArg, DimensionsInput, partialDimensions } from '../../dimensions.js';
import { ObservationStatusEnum, QualifierEnum } from '../../enums.js';
import { ObservationNode } from '../observation/observation.type.js';
import { write } from './write-access.js';

builder.mutationType({
  description: 'Curators\' writes. Each needs an API key ("Authorization: Bearer <key>"), runs in one transaction and is recorded in the audit log.',
});

const CorrectFigureInput = builder.inputType('CorrectFigureInput', {
  fields: (t) => ({
    figureKey: t.string({ required: true }),
    expectedRevision: t.int({ required: true, description: 'The revision you corrected: if someone made a newer one first, the correction is refused with CONFLICT.' }),
    value: t.string({ description: 'The exact decimal value, e.g. "97" or "27605".' }),
    period: t.int({ description: 'The year described; explicit null when the source does not say.' }),
    qualifier: t.field({ type: QualifierEnum }),
    status: t.field({ type: ObservationStatusEnum }),
    note: t.string(),
    reason: t.string({ required: true, description: 'Why: kept with the new version.' }),
  }),
});

const AddFigureInput = builder.inputType('AddFigureInput', {
  fields: (t) => ({
    source: t.string({ required: true, description: 'Content hash of the source (at least 12 hex digits).' }),
    indicatorCode: t.string({ required: true }),
    dimensions: t.field({ type: DimensionsInput }),
    area: t.string({ required: true, description: 'GSO code ("10") or geography and code ("post2025:10").' }),
    period: t.int(),
    value: t.string({ required: true }),
    qualifier: t.field({ type: QualifierEnum }),
    status: t.field({ type: ObservationStatusEnum }),
    quote: t.string({ description: 'The text the figure is read from: found in the source (it must occur once), or checked against the offsets.' }),
    quoteStart: t.int(),
    quoteEnd: t.int(),
    note: t.string(),
    reason: t.string(),
  }),
});

builder.mutationFields((t) => ({
  approveFigures: t.field({
    type: [ObservationNode],
    description: 'Publishes figures (candidates, or rejected/withdrawn ones as a new version).',
    args: { figureKeys: t.arg.stringList({ required: true }), reason: t.arg.string() },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => reviewFigures(trx, actor, args.figureKeys, 'APPROVED', args.reason))).figures,
  }),
  rejectFigures: t.field({
    type: [ObservationNode],
    description: 'Rejects candidates (a published figure is withdrawn instead).',
    args: { figureKeys: t.arg.stringList({ required: true }), reason: t.arg.string() },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => reviewFigures(trx, actor, args.figureKeys, 'REJECTED', args.reason))).figures,
  }),
  correctFigure: t.field({
    type: ObservationNode,
    description: 'A new, published version of a figure with its reason and author; the old version stays in `revisions`.',
    args: { input: t.arg({ type: CorrectFigureInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      (
        await write(ctx, 'curator', (trx, actor) =>
          correctFigure(trx, actor, {
            figureKey: input.figureKey,
            expectedRevision: input.expectedRevision,
            value: input.value,
            ...(input.period !== undefined ? { period: input.period } : {}),
            qualifier: input.qualifier,
            status: input.status,
            ...(input.note !== undefined ? { note: input.note } : {}),
            reason: input.reason,
          }),
        )
      ).figure,
  }),
  withdrawFigure: t.field({
    type: ObservationNode,
    description: 'Retracts a published figure with a new version (WITHDRAWN); history and earlier releases keep it.',
    args: { figureKey: t.arg.string({ required: true }), expectedRevision: t.arg.int({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => withdrawFigure(trx, actor, args))).figure,
  }),
  addFigure: t.field({
    type: ObservationNode,
    description: 'Adds a figure the extractor missed, read from the stored text of its source (published as added).',
    args: { input: t.arg({ type: AddFigureInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      (
        await write(ctx, 'curator', (trx, actor) =>
          addFigure(trx, actor, {
            source: input.source,
            indicator: input.indicatorCode,
            dimensions: partialDimensions(input.dimensions as DimensionsArg | null | undefined),
            area: input.area,
            period: input.period ?? null,
            value: input.value,
            qualifier: input.qualifier,
            status: input.status,
            quote: input.quote,
            quoteStart: input.quoteStart,
            quoteEnd: input.quoteEnd,
            note: input.note,
            reason: input.reason,
          }),
        )
      ).figure,
  }),
}));
