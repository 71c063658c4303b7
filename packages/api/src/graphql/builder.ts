import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';

/** The schema builder. It defines no types: each module under `modules/` adds its own. */
export const builder = new SchemaBuilder<{
  Context: Context;
  /** `Date`: ISO "YYYY-MM-DD", defined in modules/area/as-of.scalar.ts. */
  Scalars: { Date: { Input: string; Output: string } };
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Fields are non-null unless they say otherwise; root query fields say so, so one failing field
  // (NOT_FOUND, BAD_USER_INPUT) does not null the whole response.
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});
