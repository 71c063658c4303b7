import { builder } from './builder.js';

builder.queryType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'Number of items matching the filter, across all pages. Counted only when asked for: leave it out when walking pages.',
    resolve: (parent) => parent.totalCount(),
  }),
);
