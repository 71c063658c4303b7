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
  description: 'A correction of a published figure. Fields left out keep their current value; `reason` is required.',
  fields: (t) => ({
    figureKey: t.string({ required: true, description: 'The figure to correct (`Observation.figureKey`).' }),
    expectedRevision: t.int({ required: true, description: 'The revision you corrected: if someone made a newer one first, the correction is refused with CONFLICT.' }),
    value: t.string({ description: 'The exact decimal value, e.g. "97" or "27605".' }),
    period: t.int({ description: 'The year described; explicit null when the source does not say.' }),
    qualifier: t.field({ type: QualifierEnum, description: 'How the source phrases the value; unchanged when left out.' }),
    status: t.field({ type: ObservationStatusEnum, description: 'ACTUAL or TARGET; unchanged when left out.' }),
    note: t.string({ description: 'A remark on how the figure is read; explicit null removes the current one.' }),
    reason: t.string({ required: true, description: 'Why: kept with the new version.' }),
  }),
});

const AddFigureInput = builder.inputType('AddFigureInput', {
  description: 'A figure read by a person from a stored source. It must be findable in the text: give `quote`, or the offsets, or both.',
  fields: (t) => ({
    source: t.string({ required: true, description: 'Content hash of the source (at least 12 hex digits).' }),
    indicatorCode: t.string({ required: true, description: 'Indicator code, e.g. "online_services_count"; NOT_FOUND when not in the vocabulary.' }),
    dimensions: t.field({ type: DimensionsInput, description: 'The slice, one value for each dimension the indicator has (see `Indicator.dimensions`).' }),
    area: t.string({ required: true, description: 'GSO code ("10") or geography and code ("post2025:10").' }),
    period: t.int({ description: 'The year described; leave it out when the source does not say (never guess).' }),
    value: t.string({ required: true, description: 'The exact decimal value as a string, e.g. "97" or "27605" (no thousands separators).' }),
    qualifier: t.field({ type: QualifierEnum, description: 'How the source phrases it ("gần" is APPROX); EXACT when left out.' }),
    status: t.field({ type: ObservationStatusEnum, description: 'ACTUAL (default) or TARGET.' }),
    quote: t.string({ description: 'The text the figure is read from: found in the source (it must occur once), or checked against the offsets.' }),
    quoteStart: t.int({ description: 'Start offset of the quote in the source text (UTF-16 code units).' }),
    quoteEnd: t.int({ description: 'End offset (exclusive) of the quote in the source text (UTF-16 code units).' }),
    note: t.string({ description: 'A remark on how the figure is read.' }),
    reason: t.string({ description: 'Why it is added, e.g. what the extractor missed; kept in the audit log.' }),
  }),
});

builder.mutationFields((t) => ({
  approveFigures: t.field({
    type: [ObservationNode],
    description: 'Publishes figures (candidates, or rejected/withdrawn ones as a new version). Returns one figure per key passed, so not paged.',
    args: {
      figureKeys: t.arg.stringList({ required: true, description: 'The figures to publish (`Observation.figureKey`); all or none are.' }),
      reason: t.arg.string({ description: 'Why, kept with the new versions and in the audit log.' }),
    },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => reviewFigures(trx, actor, args.figureKeys, 'APPROVED', args.reason))).figures,
  }),
  rejectFigures: t.field({
    type: [ObservationNode],
    description: 'Rejects candidates (a published figure is withdrawn instead). Returns one figure per key passed, so not paged.',
    args: {
      figureKeys: t.arg.stringList({ required: true, description: 'The candidates to reject (`Observation.figureKey`); all or none are.' }),
      reason: t.arg.string({ description: 'Why, kept with the new versions and in the audit log.' }),
    },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => reviewFigures(trx, actor, args.figureKeys, 'REJECTED', args.reason))).figures,
  }),
  correctFigure: t.field({
    type: ObservationNode,
    description: 'A new, published version of a figure with its reason and author; the old version stays in `revisions`.',
    args: { input: t.arg({ type: CorrectFigureInput, required: true, description: 'The figure, the revision corrected, the new values and the reason.' }) },
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
    args: {
      figureKey: t.arg.string({ required: true, description: 'The figure to withdraw (`Observation.figureKey`).' }),
      expectedRevision: t.arg.int({
        required: true,
        description: 'The revision you withdraw: if someone made a newer one first, the withdrawal is refused with CONFLICT.',
      }),
      reason: t.arg.string({ required: true, description: 'Why, shown in `changes` and kept in history.' }),
    },
    resolve: async (_root, args, ctx) => (await write(ctx, 'curator', (trx, actor) => withdrawFigure(trx, actor, args))).figure,
  }),
  addFigure: t.field({
    type: ObservationNode,
    description: 'Adds a figure the extractor missed, read from the stored text of its source (published as added).',
    args: { input: t.arg({ type: AddFigureInput, required: true, description: 'The figure and where in its source it is read.' }) },
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
