import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { HTTP_ERROR_CODES } from '../../http/http-error.js';

/** What the HTTP app's rate limiter says of one more write by a request's client. */
export interface WriteVerdict {
  allowed: boolean;
  max: number;
  windowSeconds: number;
  retryAfterSeconds: number;
}

/** Yoga's server context from the HTTP app: counts one write by the client of the request (none without a write limit). */
export interface WriteRateContext {
  countWrite?: (() => Promise<WriteVerdict>) | undefined;
}

/**
 * Mutations count against the client's write limit where the operation is
 * known for certain: when it is about to execute. So every way of sending one
 * counts — a body, a persisted query named by its hash alone, each operation
 * of a batch — and nothing else does (a query that merely mentions the word).
 * Over the limit: 429 RATE_LIMITED naming `writeRate`, with Retry-After, and
 * the mutation does not run. (A mutation by GET never gets here: 405.)
 */
export function writeRatePlugin(): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const { countWrite } = args.contextValue as WriteRateContext;
      if (!countWrite || getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const verdict = await countWrite();
      if (!verdict.allowed) setResultAndStopExecution({ errors: [writeRateExceeded(verdict)] });
    },
  };
}

function writeRateExceeded({ max, windowSeconds, retryAfterSeconds }: WriteVerdict): GraphQLError {
  return new GraphQLError(`Too many writes: at most ${max} mutations per ${windowSeconds} s. Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      limit: 'writeRate',
      max,
      http: { status: HTTP_ERROR_CODES.RATE_LIMITED, spec: false, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
