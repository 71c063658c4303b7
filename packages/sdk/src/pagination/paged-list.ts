import { MAX_PAGE_SIZE, type Page, type PageFetcher, paginate } from './paginate.js';

/** The most items `toArray()` collects: larger exports should stream with `for await`. */
export const MAX_TO_ARRAY_LIMIT = 10_000;

/**
 * A lazy listing: nothing is fetched until you iterate. `for await` yields
 * every item once, fetching pages as needed; `pages()` yields whole pages;
 * `toArray({ limit })` collects up to `limit` items; `count()` asks for the
 * total only.
 */
export class PagedList<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #pageSize: number;
  readonly #count: () => Promise<number>;

  constructor(fetchPage: PageFetcher<T>, pageSize: number, count: () => Promise<number>) {
    this.#fetchPage = fetchPage;
    this.#pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
    this.#count = count;
  }

  /**
   * Every item, page after page.
   *
   * @example
   * for await (const o of egov.observations({ within: '17' })) console.log(o.indicator, o.value);
   */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * The pages themselves, with `totalCount` and the cursor.
   *
   * @example
   * for await (const page of egov.observations({ indicator: 'dti_rank' }, { pageSize: 50 }).pages()) {
   *   console.log(`${page.items.length} of ${page.totalCount}`);
   * }
   */
  pages(): AsyncGenerator<Page<T>, void, undefined> {
    return paginate(this.#fetchPage, this.#pageSize);
  }

  /**
   * Up to `limit` items in one array (1 to 10,000; required, so a typo cannot
   * download everything). Fetches no more pages than needed.
   *
   * @example
   * const figures = await egov.observations({ within: '17' }).toArray({ limit: 1000 });
   */
  async toArray(options: { limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TO_ARRAY_LIMIT) {
      throw new RangeError(`toArray({ limit }) needs a whole number from 1 to ${MAX_TO_ARRAY_LIMIT}, got ${String(limit)}`);
    }
    const items: T[] = [];
    for await (const page of paginate(this.#fetchPage, this.#pageSize, limit)) items.push(...page.items);
    return items.slice(0, limit);
  }

  /**
   * How many items match, without fetching them.
   *
   * @example
   * const n = await egov.observations({ indicator: 'dti_rank' }).count();
   */
  count(): Promise<number> {
    return this.#count();
  }
}
