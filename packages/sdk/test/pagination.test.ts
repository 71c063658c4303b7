import { describe, expect, it } from 'vitest';
import { createClient, EgovPaginationError, MAX_TO_ARRAY_LIMIT, type Page, PagedList } from '../src/index.js';
import { ENDPOINT, json, observationPage, scriptedFetch } from './fetch-mock.js';

/** A list over `total` numbers served `pageSize` at a time with offset cursors. */
function numbers(total: number, calls: { after: string | null; first: number }[] = []) {
  return new PagedList<number>(
    async (after, first) => {
      calls.push({ after, first });
      const start = after === null ? 0 : Number(after);
      const items = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => start + i);
      const end = start + items.length;
      return { items, totalCount: total, hasNextPage: end < total, endCursor: String(end) } satisfies Page<number>;
    },
    7,
    async () => total,
  );
}

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

describe('PagedList', () => {
  it('yields every item once across pages', async () => {
    const calls: { after: string | null; first: number }[] = [];
    expect(await collect(numbers(30, calls))).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(calls.map((c) => c.after)).toEqual([null, '7', '14', '21', '28']);
  });

  it('pages() yields whole pages with the total', async () => {
    const pages = await collect(numbers(10).pages());
    expect(pages.map((p) => [p.items.length, p.totalCount, p.hasNextPage])).toEqual([
      [7, 10, true],
      [3, 10, false],
    ]);
  });

  it('toArray stops at the limit and asks for no more than needed', async () => {
    const calls: { after: string | null; first: number }[] = [];
    const items = await numbers(100, calls).toArray({ limit: 10 });
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(calls).toEqual([
      { after: null, first: 7 },
      { after: '7', first: 3 },
    ]);
  });

  it('toArray returns everything when there is less than the limit', async () => {
    expect(await numbers(5).toArray({ limit: 1000 })).toHaveLength(5);
  });

  it('toArray needs a limit from 1 to 10,000', async () => {
    const list = numbers(5);
    await expect(list.toArray({ limit: 0 })).rejects.toThrow(RangeError);
    await expect(list.toArray({ limit: MAX_TO_ARRAY_LIMIT + 1 })).rejects.toThrow(RangeError);
    await expect(list.toArray({ limit: 2.5 })).rejects.toThrow(RangeError);
    // @ts-expect-error the limit is required
    await expect(list.toArray({})).rejects.toThrow(/limit/);
    // @ts-expect-error the options are required
    await expect(list.toArray()).rejects.toThrow(/limit/);
  });

  it('count() asks for the total only', async () => {
    expect(await numbers(42).count()).toBe(42);
  });

  it('is lazy: nothing is fetched before iterating', () => {
    const calls: { after: string | null; first: number }[] = [];
    numbers(10, calls);
    expect(calls).toEqual([]);
  });
});

describe('a cursor that does not advance throws instead of looping', () => {
  const stuck = (pages: Page<number>[]) => {
    let n = 0;
    return new PagedList<number>(async () => pages[Math.min(n++, pages.length - 1)]!, 7, async () => 0);
  };

  it('the same cursor again', async () => {
    const list = stuck([{ items: [1], totalCount: 9, hasNextPage: true, endCursor: 'c1' }]);
    const error = await collect(list).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovPaginationError);
    expect(error).toMatchObject({ code: 'PAGINATION_STALLED', cursor: 'c1' });
  });

  it('an earlier cursor (a cycle)', async () => {
    const list = stuck([
      { items: [1], totalCount: 9, hasNextPage: true, endCursor: 'c1' },
      { items: [2], totalCount: 9, hasNextPage: true, endCursor: 'c2' },
      { items: [3], totalCount: 9, hasNextPage: true, endCursor: 'c1' },
    ]);
    await expect(collect(list)).rejects.toMatchObject({ cursor: 'c1' });
  });

  it('no cursor, or an empty page that claims a next one', async () => {
    await expect(collect(stuck([{ items: [1], totalCount: 9, hasNextPage: true, endCursor: null }]))).rejects.toBeInstanceOf(EgovPaginationError);
    await expect(collect(stuck([{ items: [], totalCount: 9, hasNextPage: true, endCursor: 'c9' }]))).rejects.toBeInstanceOf(EgovPaginationError);
  });

  it('through the client, with the server repeating its cursor', async () => {
    const fetch = scriptedFetch(observationPage([1, 2], { hasNextPage: true, endCursor: 'YQ==' }, 9));
    const list = createClient({ endpoint: ENDPOINT, fetch }).observations({}, { pageSize: 2 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const o of list) seen.push(o.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgovPaginationError);
    expect(seen).toEqual(['obs-1', 'obs-2', 'obs-1', 'obs-2']);
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('client.observations', () => {
  it('sends the filter, page size, order and cursor of each page', async () => {
    const fetch = scriptedFetch(
      observationPage([1, 2], { hasNextPage: true, endCursor: 'c2' }, 3),
      observationPage([3], { hasNextPage: false, endCursor: 'c3' }, 3),
    );
    const egov = createClient({ endpoint: ENDPOINT, fetch });
    const filter = { indicator: 'officials_with_computer_pct', area: '17', dimensions: { govLevel: 'PROVINCE' } } as const;
    const figures = await egov.observations(filter, { pageSize: 2, orderBy: { field: 'PERIOD', direction: 'DESC' } }).toArray({ limit: 100 });
    expect(figures.map((f) => f.id)).toEqual(['obs-1', 'obs-2', 'obs-3']);
    expect(fetch.calls.map((c) => c.body.variables)).toEqual([
      { filter, first: 2, after: null, orderBy: { field: 'PERIOD', direction: 'DESC' } },
      { filter, first: 2, after: 'c2', orderBy: { field: 'PERIOD', direction: 'DESC' } },
    ]);
    expect(fetch.calls[0]!.body.query).toMatch(/^query Observations\(/);
  });

  it('maps each figure with its provenance and only the dimensions it has', async () => {
    const fetch = scriptedFetch(observationPage([1], { hasNextPage: false, endCursor: null }, 1));
    const [figure] = await createClient({ endpoint: ENDPOINT, fetch }).observations().toArray({ limit: 1 });
    expect(figure).toMatchObject({
      id: 'obs-1',
      indicator: 'officials_with_computer_pct',
      value: 80,
      qualifier: 'APPROX',
      dimensions: { govLevel: 'PROVINCE' },
      supersededBy: null,
      area: { code: '17', name: 'Hoà Bình' },
      provenance: {
        sourceId: 'src-1',
        title: 'Ứng dụng CNTT trong quản lý Nhà nước tại tỉnh Hòa Bình',
        publishedAt: '2012-11-28',
        url: null,
        quote: 'gần 80% cán bộ, công chức cấp tỉnh được trang bị máy tính',
      },
    });
    expect(Object.keys(figure!.dimensions)).toEqual(['govLevel']);
    expect(figure).not.toHaveProperty('source');
    expect(figure).not.toHaveProperty('quote');
  });

  it('count() asks for an empty page and reads its totalCount', async () => {
    const fetch = scriptedFetch(observationPage([], { hasNextPage: true, endCursor: null }, 382));
    expect(await createClient({ endpoint: ENDPOINT, fetch }).observations({ within: '17' }).count()).toBe(382);
    expect(fetch.calls[0]!.body.variables).toMatchObject({ filter: { within: '17' }, first: 0, after: null });
  });

  it('refuses a page size the API would refuse', () => {
    const egov = createClient({ endpoint: ENDPOINT, fetch: scriptedFetch() });
    expect(() => egov.observations({}, { pageSize: 501 })).toThrow(RangeError);
    expect(() => egov.observations({}, { pageSize: 0 })).toThrow(RangeError);
  });
});
