import type { DatasetReleaseRow } from '@egov-vn/schema';
import { findReleasesByNames } from '../../../repositories/release.repository.js';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';

/** The release named `name` (one statement per request, however many fields ask); NOT_FOUND otherwise. */
export async function requireRelease(ctx: Context, name: string, argument = 'name'): Promise<DatasetReleaseRow> {
  const release = await ctx.batch<string, DatasetReleaseRow | undefined>('releaseByName', (names) => findReleasesByNames(ctx.db, names)).load(name);
  if (!release) throw notFound(`No release "${name}": see \`releases\` for the ones there are`, { argument, value: name });
  return release;
}
