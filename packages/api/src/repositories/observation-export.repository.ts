import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { filtered, type ObservationQuery } from './observation.repository.js';
import { publishedSince } from './published-as-of.js';

/** One figure with its area and source, as the downloads and releases write it (no source text). */
export interface ExportRow {
  id: number;
  natural_key: string;
  revision: number;
  indicator_code: string;
  dimensions: Record<string, string>;
  area_ref: string;
  area_code: string;
  area_name_vi: string;
  area_level: string;
  geography: string;
  period: number | null;
  value: string;
  unit: string;
  qualifier: string;
  status: string;
  edition: string | null;
  methodology: string | null;
  note: string | null;
  locator: string | null;
  locator_en: string | null;
  quote: string | null;
  transcribed_row: string | null;
  quote_start: number;
  quote_end: number;
  published_at: Date;
  source_hash: string;
  source_title: string;
  source_publisher: string | null;
  source_published_at: string | null;
  source_url: string | null;
  source_licence: string | null;
}

/**
 * Every figure matching `q`, in figure-key order, as batches of `batchSize`:
 * each batch is one keyset statement (`natural_key > last`) that walks the
 * index on (natural_key, revision) and stops, so memory stays constant however
 * many rows match. At any moment a figure has one published version, so the
 * key alone orders the rows totally.
 */
export async function* walkExportRows(db: Db, q: ObservationQuery, batchSize = 2_000): AsyncGenerator<ExportRow[]> {
  let after: string | undefined;
  for (;;) {
    let query = filtered(db, q, true)
      .innerJoin('source_document as s', 's.id', 'o.source_id')
      .select([
        'o.id',
        'o.natural_key',
        'o.revision',
        'o.indicator_code',
        'o.dimensions',
        'o.area_ref',
        'a.code as area_code',
        'a.name_vi as area_name_vi',
        'a.level as area_level',
        'a.geography',
        'o.period',
        'o.value',
        'o.unit',
        'o.qualifier',
        'o.status',
        'o.edition',
        'o.methodology',
        'o.note',
        'o.locator',
        'o.locator_en',
        'o.quote',
        'o.transcribed_row',
        'o.quote_start',
        'o.quote_end',
        publishedSince('o').as('published_at'),
        's.content_hash as source_hash',
        's.title as source_title',
        's.publisher as source_publisher',
        's.published_at as source_published_at',
        's.url as source_url',
        's.licence as source_licence',
      ])
      .orderBy('o.natural_key')
      .limit(batchSize);
    if (after !== undefined) query = query.where('o.natural_key', '>', after);
    const rows = (await query.execute()) as unknown as ExportRow[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.natural_key;
  }
}

/** What a set of figures covers: figures, indicators, areas and sources, in one statement. */
export async function countExport(db: Db, q: ObservationQuery): Promise<{ observations: number; indicators: number; areas: number; sources: number }> {
  const row = await filtered(db, q)
    .select([
      sql<string>`count(*)`.as('observations'),
      sql<string>`count(distinct o.indicator_code)`.as('indicators'),
      sql<string>`count(distinct o.area_id)`.as('areas'),
      sql<string>`count(distinct o.source_id)`.as('sources'),
    ])
    .executeTakeFirstOrThrow();
  return { observations: Number(row.observations), indicators: Number(row.indicators), areas: Number(row.areas), sources: Number(row.sources) };
}

