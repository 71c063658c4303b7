import type { AreaRow, ObservationRow } from '@egov-vn/schema';
import DataLoader from 'dataloader';
import { findAliasesOf, findAreasByIds } from '../repositories/area.repository.js';
import type { Db } from '../repositories/db.types.js';
import { type AreaLink, findPredecessorLinks, findSuccessorLinks } from '../repositories/lineage.repository.js';
import { findFigureHistories } from '../repositories/figure-version.repository.js';
import { findObservationsByIds } from '../repositories/observation.repository.js';
import { findSourceSummariesByIds, findSourceTextsByIds, type SourceSummaryRow } from '../repositories/source.repository.js';

/** Per-request context: a fresh set of loaders, so caches never outlive a request. */
export interface Context {
  db: Db;
  loaders: ReturnType<typeof createLoaders>;
  /**
   * A request-scoped loader per `key` (a field and its arguments): every parent of a list
   * asking the same thing is answered by one batch.
   */
  batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V>;
  /** The API key the request sent, if any: reads need none, writes check it. */
  apiKey: string | null;
  /** With an admin key: the person the key acts for (the local CLI's user), named in history and the audit log. */
  onBehalfOf: string | null;
}

function byId<T>(load: (ids: readonly number[]) => Promise<(T | undefined)[]>) {
  return new DataLoader<number, T | undefined>((ids) => load(ids));
}

function createLoaders(db: Db) {
  return {
    areaById: byId<AreaRow>((ids) => findAreasByIds(db, ids)),
    // Without the text: a page of figures shows titles; `Source.text` and `excerpt` read it through `sourceTextById`.
    sourceById: byId<SourceSummaryRow>((ids) => findSourceSummariesByIds(db, ids)),
    sourceTextById: byId<string>((ids) => findSourceTextsByIds(db, ids)),
    observationById: byId<ObservationRow>((ids) => findObservationsByIds(db, ids)),
    // By area id: `predecessors` and `predecessorLinks` share one, so a list costs one statement per direction.
    predecessorLinksByAreaId: new DataLoader<number, AreaLink[]>((ids) => findPredecessorLinks(db, ids)),
    successorLinksByAreaId: new DataLoader<number, AreaLink[]>((ids) => findSuccessorLinks(db, ids)),
    aliasesByAreaId: new DataLoader<number, string[]>((ids) => findAliasesOf(db, ids)),
    historyByFigureKey: new DataLoader<string, ObservationRow[]>((keys) => findFigureHistories(db, keys)),
  };
}

export function createContext(db: Db, apiKey: string | null = null, onBehalfOf: string | null = null): Context {
  const batches = new Map<string, DataLoader<any, any>>();
  return {
    db,
    loaders: createLoaders(db),
    batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>) {
      let loader = batches.get(key) as DataLoader<K, V> | undefined;
      if (!loader) batches.set(key, (loader = new DataLoader<K, V>(load)));
      return loader;
    },
    apiKey,
    onBehalfOf,
  };
}
