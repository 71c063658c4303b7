import { setMaxListeners } from 'node:events';
import { type KyselyPlugin, sql } from 'kysely';
import type { Db } from '../repositories/db.types.js';
import { classifyDatabaseError, describeDatabaseError, isWaitTimeout } from './database-errors.js';

/**
 * - `starting`: migrating and loading (or waiting for the database to do so);
 * - `ready`: answering;
 * - `unavailable`: the server is away; it is probed until it answers again;
 * - `broken`: the database answered wrongly (the embedded one can be left so by
 *   a crash of its engine): only a restart helps.
 */
export type DatabaseState = 'starting' | 'ready' | 'unavailable' | 'broken';

export interface DatabaseHealthOptions {
  /** Initial state: `starting` until `markReady()` (the server), or `ready` (a database prepared beforehand). */
  initial?: 'starting' | 'ready';
  /**
   * The embedded database: an error or a wrong answer means its engine is
   * broken (nothing outside the process can fix it). A server's errors only
   * ever mean it is away for now.
   */
  embedded: boolean;
  probeTimeoutMs: number;
  /** Probe interval while ready. */
  probeMs: number;
  /** Probe interval while away. */
  retryMs: number;
  /** Told of every change of state. */
  onChange?: (state: DatabaseState, reason: string | undefined) => void;
}

/** The probe's statement: not a request's work (tests that count statements leave it out). */
export const PROBE_SQL = 'select 1 as ok';

/** Every request in flight listens to it (and lets go when done): no listener limit, so no leak warning under load. */
function outageController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

class ProbeTimeout extends Error {
  // Classified as unavailable: a server that does not answer is away.
  override message = 'Query read timeout: the database did not answer the probe';
}

/**
 * Whether the database answers, kept up to date by a background probe and by
 * the errors requests meet. Requests are refused with 503 at once while it is
 * not `ready`, so an outage costs clients no waiting; the probe notices the
 * server's return within `retryMs`.
 */
export class DatabaseHealth {
  #state: DatabaseState;
  #reason: string | undefined;
  #timer: NodeJS.Timeout | undefined;
  #probing: Promise<DatabaseState> | undefined;
  #stopped = false;
  #outage = outageController();
  #lastAnswerAt = Number.NEGATIVE_INFINITY;

  /**
   * Put on the requests' database (`db.withPlugin(health.answers)`): it notes when the database last
   * answered a statement. A wait that ran out while statements kept being answered means the database
   * is busy (a full pool, a loaded server), not away: refusing every request then would turn load into
   * an outage (503 to `{ __typename }` under load, seen in the fuzz campaign and the benchmark).
   */
  readonly answers: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      this.#lastAnswerAt = performance.now();
      return args.result;
    },
  };

  constructor(
    private readonly db: Db,
    private readonly options: DatabaseHealthOptions,
  ) {
    this.#state = options.initial ?? 'ready';
    this.#reason = this.#state === 'starting' ? 'starting: migrating and loading the dataset' : undefined;
    if (this.#state === 'ready') this.#schedule();
  }

  get state(): DatabaseState {
    return this.#state;
  }

  get reason(): string | undefined {
    return this.#reason;
  }

  get ready(): boolean {
    return this.#state === 'ready';
  }

  /** Aborted when the database stops being ready: requests waiting on it can give up at once. */
  get outage(): AbortSignal {
    return this.#outage.signal;
  }

  /** While starting: why it is not ready yet (e.g. the database is away). */
  setStartingReason(reason: string) {
    if (this.#state === 'starting') this.#reason = reason;
  }

  /** The database is migrated and loaded: serve. */
  markReady() {
    this.#set('ready', undefined);
  }

  /** A request met `error`: if the server is away, stop sending it requests until it answers a probe. */
  reportError(error: unknown) {
    if (this.#state !== 'ready') return;
    if (isWaitTimeout(error) && this.#answeredSince(performance.now() - 2 * this.options.probeTimeoutMs)) return;
    if (classifyDatabaseError(error) === 'unavailable') this.#set('unavailable', describeDatabaseError(error));
  }

  /** Probes now (readiness asks this); concurrent callers share one probe. */
  check(): Promise<DatabaseState> {
    if (this.#state === 'starting' || this.#state === 'broken') return Promise.resolve(this.#state);
    this.#probing ??= this.#probe().finally(() => {
      this.#probing = undefined;
    });
    return this.#probing;
  }

  stop() {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  #answeredSince(moment: number): boolean {
    return this.#lastAnswerAt >= moment;
  }

  async #probe(): Promise<DatabaseState> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ProbeTimeout()), this.options.probeTimeoutMs);
      });
      const { rows } = await Promise.race([sql.raw<{ ok: number }>(PROBE_SQL).execute(this.db), timeout]);
      if (rows.length === 1 && Number(rows[0]?.ok) === 1) this.#set('ready', undefined);
      else this.#set(this.#failure(), `the database answered "select 1" with ${JSON.stringify(rows).slice(0, 100)}`);
    } catch (error) {
      // Busy, not away: other statements were answered while the probe waited. The probe's state stands.
      if (error instanceof ProbeTimeout && this.#answeredSince(started)) return this.#state;
      const away = classifyDatabaseError(error) === 'unavailable';
      this.#set(away ? 'unavailable' : this.#failure(), describeDatabaseError(error));
    } finally {
      clearTimeout(timer);
    }
    return this.#state;
  }

  #failure(): DatabaseState {
    return this.options.embedded ? 'broken' : 'unavailable';
  }

  #set(state: DatabaseState, reason: string | undefined) {
    if (this.#state === 'broken' || (this.#state === 'starting' && state !== 'ready')) return;
    const changed = state !== this.#state;
    this.#state = state;
    this.#reason = reason;
    if (changed) {
      if (state === 'ready') {
        if (this.#outage.signal.aborted) this.#outage = outageController();
      } else this.#outage.abort();
      this.options.onChange?.(state, reason);
      this.#schedule();
    }
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (this.#stopped || this.#state === 'broken' || this.#state === 'starting') return;
    const delay = this.#state === 'ready' ? this.options.probeMs : this.options.retryMs;
    this.#timer = setTimeout(() => {
      void this.check().then(() => this.#schedule());
    }, delay);
    this.#timer.unref();
  }
}
