import type { Db } from '../repositories/db.types.js';
import { readDataVersion } from '../repositories/data-version.repository.js';

/**
 * Reads the data version for requests, one statement for all the requests
 * that ask before it is sent: a request joins only a read that has not
 * started yet, so it never gets a version read before it arrived (a write
 * committed before the request is always seen).
 */
export class DataVersionReader {
  #waiting: Promise<string> | undefined;

  constructor(private readonly db: Db) {}

  /** The current version; rejects at once when `outage` aborts (the database was declared away). */
  read(outage?: AbortSignal): Promise<string> {
    this.#waiting ??= new Promise<string>((resolve, reject) => {
      setImmediate(() => {
        this.#waiting = undefined; // sent: later requests start a read of their own
        readDataVersion(this.db).then(resolve, reject);
      });
    });
    if (!outage) return this.#waiting;
    if (outage.aborted) return Promise.reject(outage.reason ?? new Error('the database is away'));
    return new Promise<string>((resolve, reject) => {
      const onOutage = () => reject(outage.reason ?? new Error('the database is away'));
      outage.addEventListener('abort', onOutage, { once: true });
      this.#waiting!.then(resolve, reject).finally(() => outage.removeEventListener('abort', onOutage));
    });
  }
}
