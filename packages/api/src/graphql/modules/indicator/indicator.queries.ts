import { findIndicator } from '@egov-vn/schema';
import { countIndicators, INDICATOR_SORT_KEYS, type IndicatorListQuery, pageIndicators } from '../../../repositories/indicator.repository.js';
import { builder } from '../../builder.js';
import { IndicatorCategoryEnum } from '../../enums.js';
import { badInput, notFound } from '../../errors.js';
import { keysetConnection } from '../../paging/keyset-connection.js';
import { IndicatorNode } from './indicator.type.js';

/** Throws `NOT_FOUND` for a code outside the vocabulary. */
export function requireIndicator(code: string) {
  const indicator = findIndicator(code);
  if (!indicator) throw notFound(`Unknown indicator code "${code}"`, { argument: 'indicator', value: code });
  return indicator;
}

builder.queryFields((t) => ({
  indicators: t.connection({
    nullable: true,
    type: IndicatorNode,
    description:
      'The indicator vocabulary, in the order of spec/indicators.md. Filter by `category`, or by `year` to list only the indicators with approved figures for that year.',
    args: {
      category: t.arg({ type: IndicatorCategoryEnum, description: 'Only indicators of this category.' }),
      year: t.arg.int({ description: 'Only indicators with at least one approved figure for this year (the period a figure describes).' }),
    },
    resolve: (_root, args, ctx) => {
      if (args.year != null && (args.year < 1900 || args.year > 2100)) {
        throw badInput('year must be between 1900 and 2100', { argument: 'year', value: args.year });
      }
      const query: IndicatorListQuery = { category: args.category, year: args.year };
      return keysetConnection(args, {
        list: 'indicators',
        query,
        keys: INDICATOR_SORT_KEYS,
        fetch: (page) => pageIndicators(ctx.db, query, page),
        count: () => countIndicators(ctx.db, query),
      });
    },
  }),
  indicator: t.field({
    nullable: true,
    type: IndicatorNode,
    description: 'One indicator by code; NOT_FOUND when the code is not in the vocabulary.',
    args: { code: t.arg.string({ required: true, description: 'Indicator code, e.g. "dti_score".' }) },
    resolve: (_root, args) => requireIndicator(args.code).code,
  }),
}));
