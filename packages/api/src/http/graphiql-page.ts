import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyBaseLogger } from 'fastify';

type Encoding = 'br' | 'gzip' | 'identity';
const ENCODINGS: Encoding[] = ['br', 'gzip', 'identity'];

/** One encoding of the page, ready to send. */
export interface GraphiqlRepresentation {
  encoding: Encoding;
  body: Buffer;
  /** Strong, one per encoding (they are different bytes), the same for the whole build. */
  etag: string;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// Done once, so it can be thorough; quality 6 is where brotli stops paying on this page (9 MB: 1.92 MB in
// 0.6 s of CPU; quality 9 saves 3% more for four times the CPU, 11 took 22 s).
const COMPRESS: Record<Exclude<Encoding, 'identity'>, (page: Buffer) => Promise<Buffer>> = {
  br: (page) =>
    brotli(page, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: page.length },
    }),
  gzip: (page) => gzipped(page, { level: 9 }),
};

/**
 * GraphiQL is one page for every visitor of a build, and a large one (≈9 MB:
 * the whole editor inlined). It is rendered (by yoga, `render`) and
 * compressed once per encoding, on the thread pool, and kept: before, every
 * GET rendered it, hashed it for its ETag and compressed it on the event loop,
 * holding every other request for seconds. Prepared on the first visit that
 * asks for an encoding, not at start: most processes never serve it.
 */
export class GraphiqlPage {
  readonly #prepared = new Map<Encoding, Promise<GraphiqlRepresentation>>();
  #plain: Promise<{ body: Buffer; hash: string }> | undefined;

  constructor(
    private readonly render: () => Promise<Buffer>,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** The page in the best encoding `Accept-Encoding` allows (plain when it allows none we have). */
  representation(acceptEncoding: string | undefined): Promise<GraphiqlRepresentation> {
    const encoding = (acceptEncoding && negotiate(acceptEncoding.toLowerCase(), ENCODINGS)) || 'identity';
    let prepared = this.#prepared.get(encoding);
    if (!prepared) {
      this.#prepared.set(encoding, (prepared = this.#prepare(encoding)));
      // A failure is not kept: the next visit tries again.
      prepared.catch(() => this.#prepared.delete(encoding));
    }
    return prepared;
  }

  async #prepare(encoding: Encoding): Promise<GraphiqlRepresentation> {
    if (!this.#plain) {
      this.#plain = this.render().then((body) => ({ body, hash: createHash('sha256').update(body).digest('base64url').slice(0, 27) }));
      this.#plain.catch(() => (this.#plain = undefined));
    }
    const plain = await this.#plain;
    if (encoding === 'identity') return { encoding, body: plain.body, etag: `"${plain.hash}"` };
    const body = await COMPRESS[encoding](plain.body);
    this.log.info({ encoding, bytes: plain.body.length, compressedBytes: body.length }, 'GraphiQL page compressed (once)');
    return { encoding, body, etag: `"${plain.hash}-${encoding}"` };
  }
}
