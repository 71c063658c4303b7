import { findIndicator } from '@egov-vn/schema';
import { listIndicators } from '../../../repositories/indicator.repository.js';
import { builder } from '../../builder.js';
import { IndicatorCategoryEnum } from '../../enums.js';
import { notFound } from '../../errors.js';
import { IndicatorNode } from './indicator.type.js';

/** Throws `NOT_FOUND` for a code outside the vocabulary. */
export function requireIndicator(code: string) {
  const indicator = findIndicator(code);
  if (!indicator) throw notFound(`Unknown indicator code "${code}"`, { argument: 'indicator', value: code });
  return indicator;
}

builder.queryFields((t) => ({
  indicators: t.field({
    nullable: true,
    type: [IndicatorNode],
    args: { category: t.arg({ type: IndicatorCategoryEnum }) },
    resolve: (_root, args, ctx) => listIndicators(ctx.db, args.category),
  }),
  indicator: t.field({
    nullable: true,
    type: IndicatorNode,
    description: 'One indicator by code; NOT_FOUND when the code is not in the vocabulary.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, args) => requireIndicator(args.code).code,
  }),
}));
