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
  loaders: RequestLoaders;
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

/**
 * A request's loaders, each made when first used: most requests use one or two of them, and a request for
 * `{ __typename }` none.
 */
class RequestLoaders {
  #areaById?: DataLoader<number, AreaRow | undefined>;
  #sourceById?: DataLoader<number, SourceSummaryRow | undefined>;
  #sourceTextById?: DataLoader<number, string | undefined>;
  #observationById?: DataLoader<number, ObservationRow | undefined>;
  #predecessorLinksByAreaId?: DataLoader<number, AreaLink[]>;
  #successorLinksByAreaId?: DataLoader<number, AreaLink[]>;
  #aliasesByAreaId?: DataLoader<number, string[]>;
  #historyByFigureKey?: DataLoader<string, ObservationRow[]>;

  constructor(private readonly db: Db) {}

  get areaById() {
    return (this.#areaById ??= byId<AreaRow>((ids) => findAreasByIds(this.db, ids)));
  }
  /** Without the text: a page of figures shows titles; `Source.text` and `excerpt` read it through `sourceTextById`. */
  get sourceById() {
    return (this.#sourceById ??= byId<SourceSummaryRow>((ids) => findSourceSummariesByIds(this.db, ids)));
  }
  get sourceTextById() {
    return (this.#sourceTextById ??= byId<string>((ids) => findSourceTextsByIds(this.db, ids)));
  }
  get observationById() {
    return (this.#observationById ??= byId<ObservationRow>((ids) => findObservationsByIds(this.db, ids)));
  }
  /** By area id: `predecessors` and `predecessorLinks` share one, so a list costs one statement per direction. */
  get predecessorLinksByAreaId() {
    return (this.#predecessorLinksByAreaId ??= new DataLoader<number, AreaLink[]>((ids) => findPredecessorLinks(this.db, ids)));
  }
  get successorLinksByAreaId() {
    return (this.#successorLinksByAreaId ??= new DataLoader<number, AreaLink[]>((ids) => findSuccessorLinks(this.db, ids)));
  }
  get aliasesByAreaId() {
    return (this.#aliasesByAreaId ??= new DataLoader<number, string[]>((ids) => findAliasesOf(this.db, ids)));
  }
  get historyByFigureKey() {
    return (this.#historyByFigureKey ??= new DataLoader<string, ObservationRow[]>((keys) => findFigureHistories(this.db, keys)));
  }
}

export function createContext(db: Db, apiKey: string | null = null, onBehalfOf: string | null = null): Context {
  const batches = new Map<string, DataLoader<any, any>>();
  return {
    db,
    loaders: new RequestLoaders(db),
    batch<K, V>(key: string, load: (keys: readonly K[]) => Promise<V[]>) {
      let loader = batches.get(key) as DataLoader<K, V> | undefined;
      if (!loader) batches.set(key, (loader = new DataLoader<K, V>(load)));
      return loader;
    },
    apiKey,
    onBehalfOf,
  };
}
