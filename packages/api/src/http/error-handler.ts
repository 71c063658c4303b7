import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError, type HttpErrorCode } from './http-error.js';

/** Fastify's own errors, under the codes our clients know. */
const FASTIFY_CODES: Record<string, { status: number; code: HttpErrorCode; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send GraphQL requests as application/json (POST) or as query parameters (GET)',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST', message: 'The request body is empty' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST' },
};

/**
 * Errors raised before GraphQL runs answer in the GraphQL error shape with a
 * stable `extensions.code`; anything unexpected is logged and masked.
 */
export function graphqlErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = error instanceof HttpError ? { status: error.statusCode, code: error.code } : FASTIFY_CODES[error.code];
  const status = known?.status ?? (error.statusCode && error.statusCode < 500 ? error.statusCode : 500);
  if (status >= 500) request.log.error({ err: error }, 'unexpected error');
  let message = status >= 500 ? 'Unexpected error.' : (FASTIFY_CODES[error.code]?.message ?? error.message);
  const code = known?.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
  const extensions: Record<string, unknown> = { code };
  if (code === 'PAYLOAD_TOO_LARGE') {
    const max = request.server.initialConfig.bodyLimit;
    message = `Request larger than ${max} bytes`;
    Object.assign(extensions, { limit: 'bodySize', max });
  }
  if (code === 'RATE_LIMITED') {
    const { limit, max } = error as { limit?: string; max?: number };
    Object.assign(extensions, { limit: limit ?? 'rate', max });
  }
  return reply.status(status).type('application/json; charset=utf-8').send({ errors: [{ message, extensions }] });
}
