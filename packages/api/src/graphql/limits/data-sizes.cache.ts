import { type DataSizes, readDataSizes } from '../../repositories/data-sizes.repository.js';
import type { Db } from '../../repositories/db.types.js';

export interface DataSizesCacheOptions {
  /** A snapshot older than this is read again (in the background: no request waits for it). */
  maxAgeMs: number;
  /** Read only while the database answers. */
  isReady?: () => boolean;
}

/**
 * The latest `DataSizes`, read again in the background when stale, so no
 * request ever waits on it (nor hangs with a frozen database). Until the first
 * read, `current` is undefined and the cost falls back to the page sizes.
 */
export class DataSizesCache {
  #sizes: DataSizes | undefined;
  #readAt = Number.NEGATIVE_INFINITY;
  #reading: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: DataSizesCacheOptions,
  ) {}

  get current(): DataSizes | undefined {
    if (Date.now() - this.#readAt > this.options.maxAgeMs) void this.refresh();
    return this.#sizes;
  }

  /** Reads the sizes now (one at a time); a failed read keeps the previous snapshot until the next try. */
  refresh(): Promise<void> {
    if (this.#reading) return this.#reading;
    if (this.options.isReady && !this.options.isReady()) return Promise.resolve();
    this.#readAt = Date.now();
    this.#reading = readDataSizes(this.db)
      .then((sizes) => {
        this.#sizes = sizes;
      })
      .catch(() => {})
      .finally(() => {
        this.#reading = undefined;
      });
    return this.#reading;
  }
}
