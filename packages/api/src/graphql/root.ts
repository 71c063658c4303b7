import { builder } from './builder.js';

builder.queryType({
  description:
    'Read queries: open to everyone, no key needed. Every list is paged the same way (see PageInfo) or is bounded and says so. Fields that can fail (NOT_FOUND, BAD_USER_INPUT) are nullable, so one failing field leaves the others\' data in the response.',
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items matching the filter, across all pages. Counted only when asked for: leave it out when walking pages.',
    resolve: (parent) => parent.totalCount(),
  }),
);
