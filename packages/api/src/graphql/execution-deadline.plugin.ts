import type { Plugin } from 'graphql-yoga';
import type { DatabaseHealth } from '../db/database-health.js';
import { databaseUnavailable } from './database-faults.plugin.js';
import { serviceUnavailable } from './service-errors.js';

export interface ExecutionDeadlineOptions {
  /** The longest a request may execute. */
  timeoutMs: number;
  retryAfterSeconds: number;
  /** When the database goes away, requests waiting on it answer 503 at once instead of waiting out their time. */
  health?: DatabaseHealth;
}

/**
 * Every execution gets a deadline: past it, the request answers 503 TIMEOUT
 * and no further field is resolved (the executor stops on the signal). It also
 * ends when the database is declared away, and when the client disconnects.
 */
export function executionDeadlinePlugin(options: ExecutionDeadlineOptions): Plugin {
  return {
    onExecute({ args }) {
      // One controller per execution, the other causes wired to it by hand: `AbortSignal.any` costs more than
      // the rest of a small request (Node 20), and a proxy in front of the signal is paid again for every field.
      const deadline = new AbortController();
      const deadlineAt = Date.now() + options.timeoutMs;
      const expire = () =>
        deadline.abort(
          serviceUnavailable('TIMEOUT', `The request ran longer than the limit of ${options.timeoutMs} ms.`, options.retryAfterSeconds, {
            limit: 'executionTimeout',
            max: options.timeoutMs,
          }),
        );
      const timer = setTimeout(expire, options.timeoutMs);
      timer.unref();
      const cleanups: (() => void)[] = [];
      const follow = (signal: AbortSignal, onAbort: () => void) => {
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        cleanups.push(() => signal.removeEventListener('abort', onAbort));
      };
      const request = (args.contextValue as { request?: Request }).request;
      if (request?.signal) follow(request.signal, () => deadline.abort(request.signal.reason));
      if (options.health) {
        const { health } = options;
        follow(health.outage, () => deadline.abort(databaseUnavailable(health, options.retryAfterSeconds)));
      }
      (args as { signal?: AbortSignal }).signal = checkedAgainstClock(deadline.signal, deadlineAt, expire);
      return {
        onExecuteDone() {
          clearTimeout(timer);
          for (const cleanup of cleanups) cleanup();
        },
      };
    },
  };
}

/**
 * The executor asks the signal before each field. The embedded database
 * answers within the same macrotask, so a timer may never get to fire during
 * a long execution: asking also checks the clock (own accessors on this one
 * signal, so the check costs a clock read per field, not a proxy).
 */
const aborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')!.get!;

function checkedAgainstClock(signal: AbortSignal, deadlineAt: number, expire: () => void): AbortSignal {
  const check = () => {
    if (!aborted.call(signal) && Date.now() > deadlineAt) expire();
  };
  Object.defineProperty(signal, 'aborted', {
    get() {
      check();
      return aborted.call(signal) as boolean;
    },
  });
  Object.defineProperty(signal, 'throwIfAborted', {
    value() {
      check();
      AbortSignal.prototype.throwIfAborted.call(signal);
    },
  });
  return signal;
}
