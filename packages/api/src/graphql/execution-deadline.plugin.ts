import { getOperationAST } from 'graphql';
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
 * Every query gets a deadline: past it, the request answers 503 TIMEOUT
 * and no further field is resolved (the executor stops on the signal). It also
 * ends when the database is declared away, and when the client disconnects.
 */
export function executionDeadlinePlugin(options: ExecutionDeadlineOptions): Plugin {
  return {
    onExecute({ args }) {
      // A mutation runs to its end: a write answered TIMEOUT must not be stored after all (it was, when the
      // deadline fired after the commit). Its work is bounded otherwise: the body limit bounds a source's
      // text, the database's statement timeout each statement, and the write rate limit how many.
      if (getOperationAST(args.document, args.operationName)?.operation === 'mutation') return undefined;
      const deadline = new Deadline(options, (args.contextValue as { request?: Request }).request?.signal);
      (args as { signal?: AbortSignal }).signal = deadline.signal;
      return { onExecuteDone: () => deadline.end() };
    },
  };
}

const abortedOf = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')!.get!;

const expire = (deadline: Deadline) => deadline.expire();

/**
 * One execution's deadline: a single AbortController the other causes (the client leaving, the database
 * declared away) are wired to by hand, as a listener object rather than per-request closures.
 * `AbortSignal.any` costs more than the rest of a small request (Node 20), and a proxy in front of the
 * signal is paid again for every field.
 */
class Deadline {
  readonly #controller = new AbortController();
  readonly #at: number;
  readonly #timer: NodeJS.Timeout;
  readonly signal: AbortSignal;

  constructor(
    private readonly options: ExecutionDeadlineOptions,
    private readonly request: AbortSignal | undefined,
  ) {
    this.#at = Date.now() + options.timeoutMs;
    this.#timer = setTimeout(expire, options.timeoutMs, this);
    this.#timer.unref();
    for (const cause of [request, options.health?.outage]) {
      if (cause?.aborted) this.abortFor(cause);
      else cause?.addEventListener('abort', this, { once: true });
    }
    this.signal = this.#controller.signal;
    checkAgainstClock(this.signal, this);
  }

  get at(): number {
    return this.#at;
  }

  expire(): void {
    this.#controller.abort(
      serviceUnavailable('TIMEOUT', `The request ran longer than the limit of ${this.options.timeoutMs} ms.`, this.options.retryAfterSeconds, {
        limit: 'executionTimeout',
        max: this.options.timeoutMs,
      }),
    );
  }

  /** The client left, or the database was declared away. */
  handleEvent(event: Event): void {
    this.abortFor(event.target as AbortSignal);
  }

  end(): void {
    clearTimeout(this.#timer);
    this.request?.removeEventListener('abort', this);
    this.options.health?.outage.removeEventListener('abort', this);
  }

  private abortFor(cause: AbortSignal): void {
    const { health, retryAfterSeconds } = this.options;
    this.#controller.abort(cause === health?.outage ? databaseUnavailable(health, retryAfterSeconds) : cause.reason);
  }
}

/** The deadline of an execution's signal, kept on the signal for the shared accessors below. */
const DEADLINE = Symbol('deadline');
type DeadlineSignal = AbortSignal & { [DEADLINE]?: Deadline };

/** Past its time, the deadline expires when asked (the embedded database may never let the timer fire). */
function checkClock(signal: DeadlineSignal): void {
  if (abortedOf.call(signal)) return;
  const deadline = signal[DEADLINE];
  if (deadline && Date.now() > deadline.at) deadline.expire();
}

/**
 * Own accessors of an execution's signal: one set of functions for every request, defined once (closures per
 * request, and the names the TypeScript loader gives each of them, were a measurable part of a small request).
 */
const CLOCK_CHECKING: PropertyDescriptorMap = {
  aborted: {
    get(this: AbortSignal): boolean {
      checkClock(this);
      return abortedOf.call(this) as boolean;
    },
  },
  throwIfAborted: {
    value(this: AbortSignal): void {
      checkClock(this);
      AbortSignal.prototype.throwIfAborted.call(this);
    },
  },
};

/**
 * The executor asks the signal before each field. The embedded database
 * answers within the same macrotask, so a timer may never get to fire during
 * a long execution: asking also checks the clock (own accessors on this one
 * signal: a clock read per field).
 */
function checkAgainstClock(signal: AbortSignal, deadline: Deadline): void {
  (signal as DeadlineSignal)[DEADLINE] = deadline;
  Object.defineProperties(signal, CLOCK_CHECKING);
}
