import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { findAliasesOf } from '../../../repositories/area.repository.js';
import { type AreaLink, findPredecessorLinks, findSuccessorLinks } from '../../../repositories/lineage.repository.js';
import type { Context } from '../../context.js';

/**
 * Per-request loaders of lineage links by area id: `predecessors` and
 * `predecessorLinks` share one, so a list of units costs one statement per
 * direction whatever fields it asks.
 */
export const predecessorLinksLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, AreaLink[]>((ids) => findPredecessorLinks(ctx.db, ids)),
);

export const successorLinksLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, AreaLink[]>((ids) => findSuccessorLinks(ctx.db, ids)),
);

export const aliasesLoader = createContextCache((ctx: Context) => new DataLoader<number, string[]>((ids) => findAliasesOf(ctx.db, ids)));
