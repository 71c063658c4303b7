import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  app: FastifyInstance;
  /** Closes the database once no request uses it any more. */
  closeDatabase: () => Promise<void>;
  /** In-flight requests get this long; then their connections are cut. */
  timeoutMs: number;
  /** Called first: stop anything still starting. */
  onStart?: () => void;
  log: FastifyInstance['log'];
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in
 * flight finish (up to `timeoutMs`), close the database, and exit 0. A second
 * signal while this runs exits at once with 1.
 */
export function exitGracefullyOn(signals: NodeJS.Signals[], options: ShutdownOptions) {
  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) {
      options.log.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    closing = true;
    options.log.info(`${signal}: finishing requests in flight (up to ${options.timeoutMs} ms), then exiting`);
    options.onStart?.();
    const deadline = setTimeout(() => {
      options.log.warn(`requests still in flight after ${options.timeoutMs} ms: closing their connections`);
      options.app.server.closeAllConnections();
    }, options.timeoutMs);
    let code = 0;
    try {
      await options.app.close();
      clearTimeout(deadline);
      await options.closeDatabase();
      options.log.info('closed: bye');
    } catch (error) {
      options.log.error({ err: error }, 'shutdown failed');
      code = 1;
    }
    process.exit(code);
  };
  for (const signal of signals) process.on(signal, (s: NodeJS.Signals) => void shutdown(s));
}
