import type { ObservationRow } from '@egov-vn/schema';
import { CHANGE_KINDS, type ChangeRow } from '../../../repositories/change.repository.js';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../../date-time.scalar.js';
import type { Context } from '../../context.js';
import { ObservationNode } from '../observation/observation.type.js';

export const ChangeKindEnum = builder.enumType('ChangeKind', {
  description: 'What happened to a published figure.',
  values: {
    APPROVAL: { description: 'A figure was published (`after`).' },
    CORRECTION: { description: 'A published figure was replaced by a corrected version (`before` → `after`).' },
    WITHDRAWAL: { description: 'A published figure stopped being published (`before`); the reason is in `reason`.' },
  } satisfies Record<(typeof CHANGE_KINDS)[number], unknown>,
});

const version = (ctx: Context, id: number | null): Promise<ObservationRow | null> =>
  id === null ? Promise.resolve(null) : ctx.loaders.observationById.load(id).then((o) => o ?? null);

export const ChangeNode = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One change of the published data, with the version before and after. Replayed in order from the start, the changes rebuild the published data.',
  fields: (t) => ({
    at: t.field({
      type: DateTimeScalar,
      description: 'When it took effect, UTC with microseconds: the order of the feed; pass it as `ObservationFilter.updatedSince` to fetch what changed after it.',
      resolve: (c) => c.at,
    }),
    kind: t.field({ type: ChangeKindEnum, description: 'APPROVAL, CORRECTION or WITHDRAWAL.', resolve: (c) => c.kind }),
    figureKey: t.exposeString('figure_key', { description: 'The figure changed (`Observation.figureKey`): apply the change to your copy of that figure.' }),
    indicatorCode: t.exposeString('indicator_code', { description: 'Indicator of the figure, e.g. "dti_score".' }),
    before: t.field({ type: ObservationNode, nullable: true, description: 'The version published before; null for an approval.', resolve: (c, _a, ctx) => version(ctx, c.before_id) }),
    after: t.field({ type: ObservationNode, nullable: true, description: 'The version published after; null for a withdrawal.', resolve: (c, _a, ctx) => version(ctx, c.after_id) }),
    reason: t.string({ nullable: true, description: 'Why, as the curator wrote it.', resolve: async (c, _a, ctx) => (await version(ctx, c.cause_id))?.change_reason ?? null }),
    by: t.string({
      nullable: true,
      description: 'Who made the change (the curator, or the reviewer who approved).',
      resolve: async (c, _a, ctx) => {
        const cause = await version(ctx, c.cause_id);
        return cause ? (c.kind === 'APPROVAL' ? cause.reviewed_by ?? cause.changed_by : cause.changed_by ?? cause.reviewed_by) : null;
      },
    }),
  }),
});
