import Tinypool from 'tinypool';
import { readExtractionThreads } from '../config.js';
import type { ExtractSourceAnswer, ExtractSourceTask } from './extract-source.task.js';

let pool: Tinypool | undefined;

/**
 * Extracts an added source in a worker thread (tinypool), at most
 * `EGOV_EXTRACTION_THREADS` at once, the others queued: extraction of a text
 * up to the 5 MB input limit takes seconds of CPU, which on the event loop
 * held every other request of the API. The thread is started on first use
 * and ends after a minute idle (it holds the area index); idle, it does not
 * keep the process alive.
 */
export function extractInWorker(task: ExtractSourceTask): Promise<ExtractSourceAnswer> {
  pool ??= new Tinypool({
    filename: new URL('./extract-source.worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: readExtractionThreads(),
    idleTimeout: 60_000,
  });
  return pool.run(task) as Promise<ExtractSourceAnswer>;
}
