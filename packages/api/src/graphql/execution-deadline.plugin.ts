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
      const deadline = new AbortController();
      const expire = () =>
        deadline.abort(
          serviceUnavailable('TIMEOUT', `The request ran longer than the limit of ${options.timeoutMs} ms.`, options.retryAfterSeconds, {
            limit: 'executionTimeout',
            max: options.timeoutMs,
          }),
        );
      const timer = setTimeout(expire, options.timeoutMs);
      timer.unref();
      const signals = [deadline.signal];
      const request = (args.contextValue as { request?: Request }).request;
      if (request?.signal) signals.push(request.signal);
      let stopWatching = () => {};
      if (options.health) {
        const { health } = options;
        const outage = health.outage;
        const onOutage = () => deadline.abort(databaseUnavailable(health, options.retryAfterSeconds));
        if (outage.aborted) onOutage();
        else outage.addEventListener('abort', onOutage, { once: true });
        stopWatching = () => outage.removeEventListener('abort', onOutage);
      }
      (args as { signal?: AbortSignal }).signal = checkedAgainstClock(AbortSignal.any(signals), Date.now() + options.timeoutMs, expire);
      return {
        onExecuteDone() {
          clearTimeout(timer);
          stopWatching();
        },
      };
    },
  };
}

/**
 * The executor asks the signal before each field. The embedded database
 * answers within the same macrotask, so a timer may never get to fire during
 * a long execution: asking also checks the clock.
 */
function checkedAgainstClock(signal: AbortSignal, deadlineAt: number, expire: () => void): AbortSignal {
  return new Proxy(signal, {
    get(target, property) {
      if ((property === 'throwIfAborted' || property === 'aborted') && !target.aborted && Date.now() > deadlineAt) expire();
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
