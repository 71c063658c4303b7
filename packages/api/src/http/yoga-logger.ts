import type { FastifyBaseLogger } from 'fastify';
import type { YogaLogger } from 'graphql-yoga';
import { classifyDatabaseError, describeDatabaseError } from '../db/database-errors.js';

/**
 * yoga's log lines into the app's pino logger. A database fault is an event
 * (one line, no stack: during an outage every request meets one); any other
 * error yoga masked is a bug of ours and is logged with its stack.
 */
export function yogaLogger(log: FastifyBaseLogger): YogaLogger {
  const line = (level: 'debug' | 'info' | 'warn') => (...args: unknown[]) => log[level](args.map(String).join(' '));
  return {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: (...args: unknown[]) => {
      for (const arg of args) {
        const fault = arg instanceof Error ? classifyDatabaseError(arg) : undefined;
        if (fault) log.warn({ fault, reason: describeDatabaseError(arg) }, 'database fault');
        else if (arg instanceof Error) log.error({ err: arg }, 'unexpected error');
        else log.error(String(arg));
      }
    },
  };
}
