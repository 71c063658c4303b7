import { createHash } from 'node:crypto';
import type { DatasetReleaseRow } from '@egov-vn/schema';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { classifyDatabaseError } from '../db/database-errors.js';
import { downloadFilter, type QueryParams } from '../downloads/download-filter.js';
import { coverageRecords } from '../downloads/coverage-matrix.js';
import { CURRENT_EXPORT_FORMAT } from '../downloads/export-record.js';
import { coverageStream, EXPORT_FORMATS, type ExportFormat, exportStream } from '../downloads/export-formats.js';
import { createContext } from '../graphql/context.js';
import { resolveObservationRequest } from '../graphql/modules/observation/resolve-filter.js';
import { requireRelease } from '../graphql/modules/release/require-release.js';
import { exportRecords } from '../releases/release-content.js';
import type { Db } from '../repositories/db.types.js';
import { readDataVersion } from '../repositories/data-version.repository.js';
import { compressionOptions } from './compression.js';
import { graphqlErrorHandler } from './error-handler.js';
import { httpError } from './http-error.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Filters and errors of a download answer like the API's: its codes, its statuses, in the GraphQL error shape. */
function downloadErrorHandler(error: Error, req: FastifyRequest, reply: FastifyReply) {
  if (error instanceof GraphQLError) {
    const { http, ...extensions } = error.extensions as { http?: { status?: number } };
    return reply
      .status(http?.status ?? 400)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message: error.message, extensions }] });
  }
  if (classifyDatabaseError(error) === 'unavailable' || classifyDatabaseError(error) === 'timeout') {
    return reply.status(503).header('retry-after', '2').type('application/json; charset=utf-8').send({ errors: [{ message: 'The database is not answering; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
  }
  return graphqlErrorHandler(error as Parameters<typeof graphqlErrorHandler>[0], req, reply);
}

/**
 * Bulk downloads of figures: `/download/observations.{csv,jsonl,parquet}`,
 * with the API's filters as query parameters and `release=` for a release;
 * and the coverage matrix of the same figures, `/download/coverage.{csv,jsonl}`
 * (area × indicator series × period, each empty cell with its reason).
 *
 * - Streamed: rows are read in keyset batches and written as they come, so
 *   memory stays flat whatever the size (bench/RESULTS-download.md).
 * - A whole release (`?release=2026.1` alone) is a file that never changes:
 *   its CSV's sha256 is the release's checksum, which is also the ETag. Every
 *   download of a release is in the export format the release was cut with.
 * - gzip (or brotli) when the client asks (Accept-Encoding), by @fastify/compress.
 */
export const downloadsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.setErrorHandler(downloadErrorHandler);

  // The app compresses every answer (compression.ts); here also the types its list does not know.
  const compress = { ...compressionOptions, customTypes: /^(text\/csv|application\/jsonl|application\/vnd\.apache\.parquet)\b/ };
  app.get<{ Params: { file: string }; Querystring: QueryParams }>('/download/:file', { compress }, async (req, reply) => {
    const m = /^(observations|coverage)\.(csv|jsonl|parquet)$/.exec(req.params.file);
    if (!m || (m[1] === 'coverage' && m[2] === 'parquet')) {
      throw httpError(404, 'NOT_FOUND', `No download "${req.params.file}": there are observations.csv, observations.jsonl, observations.parquet, coverage.csv and coverage.jsonl`);
    }
    const file = m[1] as 'observations' | 'coverage';
    const format = m[2] as ExportFormat;
    const filter = downloadFilter(req.query);
    const ctx = createContext(db);
    const release: DatasetReleaseRow | undefined = typeof filter.release === 'string' ? await requireRelease(ctx, filter.release, 'release') : undefined;
    const { query } = await resolveObservationRequest(ctx, filter as Parameters<typeof resolveObservationRequest>[1]);
    const { release: _release, ...conditions } = filter;
    const filtered = Object.keys(conditions).length > 0;
    const whole = release !== undefined && !filtered;
    const exportFormat = release?.export_format ?? CURRENT_EXPORT_FORMAT;
    // Same release (or same data), same filter, same format: same bytes.
    const etag =
      whole && file === 'observations'
        ? format === 'csv'
          ? release.checksum
          : `${release.checksum}.${format}`
        : sha256(JSON.stringify([file, format, exportFormat, release ? release.checksum : await readDataVersion(db), query]));
    reply
      .header('etag', `"${etag}"`)
      .header('cache-control', release ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('content-disposition', `attachment; filename="egov-vn-${file}${release ? `-${release.name}` : ''}${filtered ? '-filtered' : ''}.${format}"`)
      .header('link', '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(`"${etag}"`)) return reply.status(304).send();
    const body = file === 'coverage' ? coverageStream(format as 'csv' | 'jsonl', coverageRecords(db, query)) : exportStream(format, exportRecords(db, query, exportFormat), exportFormat);
    return reply.type(EXPORT_FORMATS[format].contentType).send(body);
  });
};
