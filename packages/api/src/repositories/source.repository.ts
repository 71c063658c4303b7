import type { NewSourceDocumentRow, SourceDocumentRow } from '@egov-vn/schema';
import { sql } from 'kysely';
import type { Db } from './db.types.js';
import { likePrefix } from './like-pattern.js';
import { type KeysetPage, type KeysetResult, keysetPage, type SortKey } from './keyset.js';

/** A source document without its text: what a list of figures shows of each source (the text is read when asked for). */
export type SourceSummaryRow = Omit<SourceDocumentRow, 'text'>;

const SUMMARY_COLUMNS = [
  'id',
  'kind',
  'title',
  'publisher',
  'published_at',
  'url',
  'content_hash',
  'attribution',
  'created_at',
  'previous_version_id',
  'added_by',
  'language',
  'title_en',
  'licence',
  'role',
] as const satisfies readonly (keyof SourceSummaryRow)[];
// Every column but the text: a column added to the table and not listed here fails to compile.
const everyColumnListed: Exclude<keyof SourceSummaryRow, (typeof SUMMARY_COLUMNS)[number]> extends never ? true : never = true;
void everyColumnListed;

/** Source documents by id without their text (often 100 KB for a page of figures that prints titles), in the order of `ids`. */
export async function findSourceSummariesByIds(db: Db, ids: readonly number[]): Promise<(SourceSummaryRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('source_document').select(SUMMARY_COLUMNS).where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

/** The stored texts of source documents, in the order of `ids`. */
export async function findSourceTextsByIds(db: Db, ids: readonly number[]): Promise<(string | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('source_document').select(['id', 'text']).where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r.text]));
  return ids.map((id) => byId.get(id));
}

/** Source documents by id, in the order of `ids`. */
export async function findSourcesByIds(db: Db, ids: readonly number[]): Promise<(SourceDocumentRow | undefined)[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('source_document').selectAll().where('id', 'in', [...ids]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

export async function countSources(db: Db): Promise<number> {
  const row = await db
    .selectFrom('source_document')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sources in the order they were stored. */
export const SOURCE_SORT_KEYS: SortKey[] = [{ expr: sql`s.id`, direction: 'asc', type: 'int' }];

export function pageSources(db: Db, page: KeysetPage): Promise<KeysetResult<SourceDocumentRow>> {
  return keysetPage(db.selectFrom('source_document as s').selectAll('s'), SOURCE_SORT_KEYS, page);
}

export type SourceDocumentInput = Omit<NewSourceDocumentRow, 'id' | 'created_at'>;

/** Stores a document once per content hash (metadata is refreshed) and returns its id. */
export async function upsertSourceDocument(trx: Db, doc: SourceDocumentInput): Promise<number> {
  const { id } = await trx
    .insertInto('source_document')
    .values(doc)
    .onConflict((oc) =>
      oc.column('content_hash').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        title: eb.ref('excluded.title'),
        publisher: eb.ref('excluded.publisher'),
        published_at: eb.ref('excluded.published_at'),
        url: eb.ref('excluded.url'),
        attribution: eb.ref('excluded.attribution'),
        title_en: eb.ref('excluded.title_en'),
        language: eb.ref('excluded.language'),
        licence: eb.ref('excluded.licence'),
        role: eb.ref('excluded.role'),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Source documents by content hash (full or a prefix of at least 12 hex digits), in the order of `hashes`. */
export async function findSourcesByHashes(db: Db, hashes: readonly string[]): Promise<(SourceDocumentRow | undefined)[]> {
  const valid = hashes.filter((h) => /^[0-9a-f]{12,64}$/.test(h));
  if (valid.length === 0) return hashes.map(() => undefined);
  const rows = await db
    .selectFrom('source_document')
    .selectAll()
    .where((eb) => eb.or(valid.map((h) => eb('content_hash', 'like', likePrefix(h)))))
    .execute();
  return hashes.map((h) => {
    const matches = rows.filter((r) => r.content_hash.startsWith(h));
    return matches.length === 1 ? matches[0] : undefined;
  });
}

/** The latest version of the source published at `url` (the one no newer version replaces), if any. */
export async function findLatestSourceAt(db: Db, url: string): Promise<SourceDocumentRow | undefined> {
  return db
    .selectFrom('source_document as s')
    .selectAll('s')
    .where('s.url', '=', url)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('source_document as n').select('n.id').whereRef('n.previous_version_id', '=', 's.id'))))
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
}

/** Records that `sourceId` is a new version of `previousId` (same address, other content). */
export async function linkSourceVersion(trx: Db, sourceId: number, previousId: number): Promise<void> {
  await trx.updateTable('source_document').set({ previous_version_id: previousId }).where('id', '=', sourceId).where('previous_version_id', 'is', null).execute();
}
