import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import { ObservationNode } from './observation.type.js';

/** Who made each version of a figure, when and why: history as curators wrote it. */
builder.objectFields(ObservationNode, (t) => ({
  revisions: t.field({
    type: [ObservationNode],
    description: 'Every version of this figure, oldest first: corrections and withdrawals are versions, nothing is overwritten. One per version (a few), so not paged.',
    resolve: (o, _args, ctx) => ctx.loaders.historyByFigureKey.load(o.natural_key),
  }),
  changedBy: t.exposeString('changed_by', { nullable: true, description: 'Who made this version (a curator\'s key name); null for machine-extracted figures.' }),
  changeReason: t.exposeString('change_reason', { nullable: true, description: 'Why this version was made.' }),
  reviewedBy: t.exposeString('reviewed_by', { nullable: true, description: 'Who approved, rejected or withdrew this version.' }),
  reviewedAt: t.field({
    type: DateTimeScalar,
    nullable: true,
    description: 'When this version was approved, rejected or withdrawn; null while a candidate.',
    resolve: (o) => (o.reviewed_at ? new Date(o.reviewed_at) : null) }),
}));
