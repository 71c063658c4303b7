import type { FastifyCompressOptions } from '@fastify/compress';

/** Answers smaller than this go out plain: a compressed frame would save nothing and cost a round of zlib. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compression of every answer of the app (pages, embeds, GraphQL, GraphiQL):
 * brotli or gzip as the client asks, by @fastify/compress (registered on the
 * root instance before the routes: it attaches itself to each route as it is
 * declared). Request bodies are read as sent, so the body limit keeps meaning
 * bytes on the wire; event streams stay uncompressed (the plugin's default).
 */
export const compressionOptions: FastifyCompressOptions = {
  global: true,
  globalDecompression: false,
  threshold: COMPRESSION_THRESHOLD_BYTES,
  encodings: ['br', 'gzip'],
};
