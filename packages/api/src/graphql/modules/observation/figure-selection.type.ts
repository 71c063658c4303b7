import type { ObservationRow } from '@egov-vn/schema';
import { CHOICE_RULES, type ChoiceRule, chooseFigure } from '../../../conflicts/figure-choice.js';
import { findSliceFigures, type SliceFigure } from '../../../repositories/slice.repository.js';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { ObservationNode } from './observation.type.js';

const RULE_DESCRIPTIONS: Record<ChoiceRule, string> = {
  ONLY_FIGURE: 'The only current published figure of its slice.',
  PRIMARY_PUBLISHER: "Several figures: the one from the index's or statistic's own publisher wins over secondary reports.",
  LATEST_PUBLICATION: 'Several figures from sources of the same role: the one published last wins (an undated source counts as oldest).',
  FIRST_STORED: 'Several figures with the same role and publication date: the one stored first wins.',
};

const SelectionRuleEnum = builder.enumType('SelectionRule', {
  description:
    'The rule every query (ranking, charts) uses to pick one figure when a slice (indicator, dimensions, area, period, status) has several current published figures, and which step decided.',
  values: Object.fromEntries(CHOICE_RULES.map((r) => [r, { description: RULE_DESCRIPTIONS[r] }])) as Record<ChoiceRule, { description: string }>,
});

interface Selection {
  self: ObservationRow;
  chosen: ObservationRow;
  rule: ChoiceRule;
  others: ObservationRow[];
}

const FigureSelectionType = builder.objectRef<Selection>('FigureSelection').implement({
  description: 'Whether this figure is the one queries pick for its slice, by which rule, and the other current figures of the slice.',
  fields: (t) => ({
    chosen: t.boolean({
      description: 'This figure is the one rankings and charts use for its slice (never a superseded, withdrawn or unreviewed version).',
      resolve: (s) => s.chosen.id === s.self.id && s.self.superseded_at === null && s.self.review_status === 'APPROVED',
    }),
    rule: t.field({ type: SelectionRuleEnum, description: 'The step of the rule that decided among the figures of the slice.', resolve: (s) => s.rule }),
    reason: t.string({ description: 'The rule in words.', resolve: (s) => RULE_DESCRIPTIONS[s.rule] }),
    alternatives: t.field({
      type: [ObservationNode],
      description: 'The other current published figures of the same slice (other sources), in the order of the rule: one per other source of the slice (a handful), so not paged.',
      resolve: (s) => s.others,
    }),
    conflicting: t.boolean({
      description: 'Some other current figure of the slice has a different value: the sources disagree.',
      resolve: (s) => [s.chosen, ...s.others].some((o) => Number(o.value) !== Number(s.self.value)),
    }),
  }),
});

export async function selectionOf(o: ObservationRow, ctx: Context): Promise<Selection> {
  const figures = await ctx.batch<number, SliceFigure[]>('observation.selection', (ids) => findSliceFigures(ctx.db, ids)).load(o.id);
  if (figures.length === 0) return { self: o, chosen: o, rule: 'ONLY_FIGURE', others: [] };
  const choice = chooseFigure(figures.map((f) => ({ id: f.observation.id, role: f.role, publishedAt: f.publishedAt, row: f.observation })));
  const ordered = [choice.chosen, ...choice.alternatives].map((c) => c.row);
  return { self: o, chosen: choice.chosen.row, rule: choice.rule, others: ordered.filter((r) => r.id !== o.id) };
}

builder.objectField(ObservationNode, 'selection', (t) =>
  t.field({
    type: FigureSelectionType,
    description:
      'How this figure stands among the current published figures of its slice: chosen or an alternative, the rule that decided, and the others (conflicts when values differ). A figure that is not current is never chosen.',
    resolve: (o, _args, ctx) => selectionOf(o, ctx),
  }),
);
