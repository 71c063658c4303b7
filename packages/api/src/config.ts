import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one home of egov-vn's paths, database settings and limits. Every value
 * has a default chosen on purpose (the reason is beside it) and an
 * environment variable to change it.
 */

type Env = NodeJS.ProcessEnv;

function intFrom(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

/** Connections to a PostgreSQL server (ignored by the embedded database). */
export interface DatabaseSettings {
  /** Connections per process: 10 leaves room for several API processes within PostgreSQL's default 100. */
  poolMax: number;
  /** Fail fast when the server is away: a local server accepts a connection in milliseconds. */
  connectTimeoutMs: number;
  /** Server-side limit per statement (0: none). Every API statement takes milliseconds; 5 s means something is wrong. */
  statementTimeoutMs: number;
  /** Client-side limit per statement (0: none): a frozen server never answers, so `statement_timeout` cannot fire. */
  queryTimeoutMs: number;
  /** A transaction left open by a crashed client is ended by the server after this. */
  idleInTransactionTimeoutMs: number;
  /** Idle connections are closed after this, so a restarted server is reconnected to promptly. */
  idleTimeoutMs: number;
}

/** Settings for serving requests. */
export function readDatabaseSettings(env: Env = process.env): DatabaseSettings {
  const statementTimeoutMs = intFrom(env, 'EGOV_DB_STATEMENT_TIMEOUT_MS', 5_000);
  return {
    poolMax: intFrom(env, 'EGOV_DB_POOL_MAX', 10, 1),
    connectTimeoutMs: intFrom(env, 'EGOV_DB_CONNECT_TIMEOUT_MS', 1_000, 1),
    statementTimeoutMs,
    queryTimeoutMs: intFrom(env, 'EGOV_DB_QUERY_TIMEOUT_MS', statementTimeoutMs > 0 ? statementTimeoutMs + 1_000 : 0),
    idleInTransactionTimeoutMs: intFrom(env, 'EGOV_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000),
    idleTimeoutMs: intFrom(env, 'EGOV_DB_IDLE_TIMEOUT_MS', 10_000, 1),
  };
}

/**
 * Settings for migrating and loading the dataset (start-up, CLI, tests): one
 * bulk statement may legitimately take long, so there is no statement limit.
 */
export const MAINTENANCE_DATABASE_SETTINGS: DatabaseSettings = {
  poolMax: 2,
  connectTimeoutMs: 10_000,
  statementTimeoutMs: 0,
  queryTimeoutMs: 0,
  idleInTransactionTimeoutMs: 60_000,
  idleTimeoutMs: 10_000,
};

/** How the process watches its database and leaves. */
export interface LifecycleSettings {
  /** While the database is away: how often to try again (start-up and readiness). */
  databaseRetryMs: number;
  /** While it is up: how often readiness is re-checked in the background. */
  databaseProbeMs: number;
  /** A probe slower than this counts as the database being away. */
  databaseProbeTimeoutMs: number;
  /** `Retry-After` (seconds) of a 503 while the database is away. */
  retryAfterSeconds: number;
  /** SIGTERM: in-flight requests get this long to finish before the process leaves anyway. */
  shutdownTimeoutMs: number;
}

export function readLifecycleSettings(env: Env = process.env): LifecycleSettings {
  return {
    databaseRetryMs: intFrom(env, 'EGOV_DB_RETRY_MS', 500, 50),
    databaseProbeMs: intFrom(env, 'EGOV_DB_PROBE_MS', 1_000, 50),
    databaseProbeTimeoutMs: intFrom(env, 'EGOV_DB_PROBE_TIMEOUT_MS', 1_000, 10),
    retryAfterSeconds: intFrom(env, 'EGOV_RETRY_AFTER_SECONDS', 2, 1),
    shutdownTimeoutMs: intFrom(env, 'EGOV_SHUTDOWN_TIMEOUT_MS', 10_000, 0),
  };
}

/**
 * What one request may ask for. Defaults are GraphQL Armor's where it has one,
 * except where the reason beside a value says otherwise. Read once at start-up
 * (the schema's descriptions quote the page sizes). Every refusal is 4xx with
 * `extensions.code` LIMIT_EXCEEDED (PAYLOAD_TOO_LARGE for the body) naming the
 * limit in `extensions.limit`.
 */
export interface QueryLimits {
  /** Bytes of a request, however it is sent (chunked too), and of a GET's query string. */
  maxBodyBytes: number;
  /**
   * Nesting of fields. Armor: 6; ours 10, because a Relay connection spends two
   * levels on `edges { node }` and a figure's provenance is three more
   * (`observations { edges { node { source { observations { edges { node { value } } } } } } } }` is 8).
   * Depth does not bound size: the cost does.
   */
  maxDepth: number;
  /**
   * The number of fields an answer can hold at most, with list sizes taken
   * from the arguments (variables included) or from the largest list the data
   * holds (see graphql/limits/query-cost.ts). Armor's cost (5,000) counts each
   * field once whatever the list size, so it bounds neither size nor time;
   * ours bounds the answer itself: 50,000 fields are a few MB of JSON, and
   * the largest page of figures (500 × every field) fits.
   */
  maxCost: number;
  /** Aliases per operation (Armor: 15). */
  maxAliases: number;
  /** Lexical tokens of a document (Armor: 1,000); GraphiQL's introspection query has about 250. */
  maxTokens: number;
  /** Directives per operation (Armor: 50). */
  maxDirectives: number;
  /** Operations per request: batching is off, one operation per request. */
  maxBatch: number;
  /** `nodes(ids:)` (GitHub's limit: 100). */
  maxNodeIds: number;
  /** Time one request may execute; then 503 TIMEOUT. Generous: a normal query takes milliseconds. */
  executionTimeoutMs: number;
  /**
   * "Did you mean …?" in validation errors. Off unless asked for
   * (`EGOV_FIELD_SUGGESTIONS=1`, or NODE_ENV=development): in production they
   * reveal the schema to someone guessing at it (Armor blocks them too).
   */
  fieldSuggestions: boolean;
  /** How old the data sizes the cost is estimated with may get (they are read again in the background). */
  dataSizesMaxAgeMs: number;
}

export function readLimits(env: Env = process.env): QueryLimits {
  return {
    maxBodyBytes: intFrom(env, 'EGOV_MAX_BODY_BYTES', 64 * 1024, 1024),
    maxDepth: intFrom(env, 'EGOV_MAX_DEPTH', 10, 1),
    maxCost: intFrom(env, 'EGOV_MAX_COST', 50_000, 1),
    maxAliases: intFrom(env, 'EGOV_MAX_ALIASES', 15, 0),
    maxTokens: intFrom(env, 'EGOV_MAX_TOKENS', 1_000, 10),
    maxDirectives: intFrom(env, 'EGOV_MAX_DIRECTIVES', 50, 0),
    maxBatch: 1,
    maxNodeIds: intFrom(env, 'EGOV_MAX_NODE_IDS', 100, 1),
    executionTimeoutMs: intFrom(env, 'EGOV_EXECUTION_TIMEOUT_MS', 10_000, 1),
    fieldSuggestions: env.EGOV_FIELD_SUGGESTIONS ? env.EGOV_FIELD_SUGGESTIONS === '1' : env.NODE_ENV === 'development',
    dataSizesMaxAgeMs: intFrom(env, 'EGOV_DATA_SIZES_MAX_AGE_MS', 60_000, 0),
  };
}

export const LIMITS: QueryLimits = readLimits();

/** Requests above this size are refused before parsing, however they are sent. */
export const MAX_BODY_BYTES = LIMITS.maxBodyBytes;

/**
 * Least share of the units of a level and geography that must have a value
 * before the API computes an ordering of them (ranks it did not find
 * published). Below it a computed rank misleads: Trà Vinh was 6th of the 6
 * provinces with a DTI 2022 score, and 25th of 63 in the published ranking.
 * `allowPartial: true` asks for the ordering anyway, labelled with its coverage.
 */
export const RANKING_MIN_COVERAGE = intFrom(process.env, 'EGOV_RANKING_MIN_COVERAGE_PERCENT', 80, 0) / 100;

/**
 * Keys one loader hands one statement (`where … in (…)`). A request may name up
 * to `maxNodeIds` objects, and an operator may raise that far: PostgreSQL takes
 * at most 65,535 parameters per statement, and the embedded database answered
 * nothing at exactly that many (to every later request too, until restart).
 * Larger batches are cut into statements of this many keys.
 */
export const MAX_KEYS_PER_STATEMENT = 1_000;

/** The one page-size rule of every list (connection) of the API: `first`/`last` default and cap. */
export const PAGE_SIZE = { default: 50, max: 500 } as const;

/** Requests per client (API key, else IP address) and time window; @fastify/rate-limit. */
export interface RateLimitSettings {
  /**
   * Requests one client may make per window (0: no limit). 6,000 a minute is
   * 100 a second: generous for reading, paging and bulk downloads by one
   * client, while a flood from one address is cut; each request is further
   * bounded by the query limits above.
   */
  max: number;
  /**
   * Mutations one client may make per window, counted apart from (and in
   * addition to) `max` (0: no write limit). A write is a transaction with an
   * audit row, and curators send their decisions in lists (`approveFigures`
   * takes many keys): 120 a minute is ample for people and scripts, while a
   * client hammering the write path (or guessing keys with it) is cut fifty
   * times sooner than a reader. Off by default when `max` is 0.
   */
  writeMax: number;
  windowMs: number;
  /** Counters shared by every API process through Redis when set (REDIS_URL), else kept per process. */
  redisUrl: string | undefined;
}

export function readRateLimitSettings(env: Env = process.env): RateLimitSettings {
  const max = intFrom(env, 'EGOV_RATE_LIMIT_MAX', 6_000, 0);
  return {
    max,
    writeMax: intFrom(env, 'EGOV_RATE_LIMIT_WRITE_MAX', max === 0 ? 0 : 120, 0),
    windowMs: intFrom(env, 'EGOV_RATE_LIMIT_WINDOW_MS', 60_000, 1),
    redisUrl: env.REDIS_URL || undefined,
  };
}

/**
 * Worker threads extracting figures from added sources (`addSource`), at
 * most this many at once (EGOV_EXTRACTION_THREADS, default 1): extraction of
 * a large text takes seconds of CPU, and off the event loop it holds no other
 * request; one thread leaves the other core to the API. More wait their turn.
 */
export function readExtractionThreads(env: Env = process.env): number {
  return intFrom(env, 'EGOV_EXTRACTION_THREADS', 1, 1);
}

/** Caching of GraphQL answers (packages/api/src/cache). */
export interface CacheSettings {
  /** Off with EGOV_RESPONSE_CACHE=off (e.g. to measure uncached speed). */
  enabled: boolean;
  /** Shared cache for every API process when set (`redis://127.0.0.1:6379`); otherwise each process keeps its own. */
  redisUrl: string | undefined;
  /**
   * How long an answer is kept. Freshness does not depend on it (answers are
   * keyed on the data version): it only bounds how long unused answers take room.
   */
  ttlMs: number;
  /** Memory for answers in one process (in-process cache only); least recently used go first. */
  maxMegabytes: number;
  /**
   * `max-age` of cacheable GET answers. 0 (the default): browsers and CDNs may
   * store them but revalidate every use (a 304 costs one tiny statement), so a
   * change is seen at once. A CDN can be allowed a few seconds of staleness.
   */
  httpMaxAgeSeconds: number;
  /** A Redis command slower than this counts as a miss: a slow cache must not slow answers down. */
  redisTimeoutMs: number;
}

export function readCacheSettings(env: Env = process.env): CacheSettings {
  const flag = (env.EGOV_RESPONSE_CACHE ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(flag)) throw new Error(`EGOV_RESPONSE_CACHE must be "on" or "off", got "${env.EGOV_RESPONSE_CACHE}"`);
  return {
    enabled: flag === 'on',
    redisUrl: env.REDIS_URL || undefined,
    ttlMs: intFrom(env, 'EGOV_RESPONSE_CACHE_TTL_MS', 3_600_000, 1),
    maxMegabytes: intFrom(env, 'EGOV_RESPONSE_CACHE_MB', 64, 1),
    httpMaxAgeSeconds: intFrom(env, 'EGOV_HTTP_MAX_AGE_SECONDS', 0, 0),
    redisTimeoutMs: intFrom(env, 'EGOV_REDIS_TIMEOUT_MS', 200, 1),
  };
}

/**
 * The address readers reach this API at, for absolute links in embed codes,
 * oEmbed and CSV (`EGOV_PUBLIC_ORIGIN`, e.g. "https://data.example.vn"). Unset:
 * the origin each request was made to.
 */
export const PUBLIC_ORIGIN: string | undefined = process.env.EGOV_PUBLIC_ORIGIN?.replace(/\/+$/, '') || undefined;

export interface Config {
  port: number;
  /** Real PostgreSQL when set; otherwise the embedded database in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * A read replica of `databaseUrl` (streaming replication): queries read from
   * it, mutations, migrations and loading go to the primary. A replica lags a
   * little: a write is seen through it once replicated.
   */
  databaseReadUrl: string | undefined;
  dataDir: string;
  /** The server's log level (pino's: fatal, error, warn, info, debug, trace, silent). */
  logLevel: string;
  database: DatabaseSettings;
  lifecycle: LifecycleSettings;
}

const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));

/** Reads PORT (default 4000), DATABASE_URL, EGOV_DATA_DIR (default `<repo>/.data/pglite`), LOG_LEVEL (default info) and the settings above. */
export function readConfig(env: Env = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_URL ? env.DATABASE_READ_URL || undefined : undefined,
    dataDir: env.EGOV_DATA_DIR || DEFAULT_DATA_DIR,
    logLevel: env.LOG_LEVEL ?? 'info',
    database: readDatabaseSettings(env),
    lifecycle: readLifecycleSettings(env),
  };
}

/** The repository's `data/` folder: the published dataset's committed inputs. */
export const DATA_DIR = new URL('../../../data/', import.meta.url);
/** The founding articles, their metadata, reviewed figures and curator decisions. */
export const CORPUS_DIR = new URL('corpus/', DATA_DIR);
export const CORPUS_DECISIONS = fileURLToPath(new URL('decisions.json', CORPUS_DIR));
/** Curators' decisions, one file per source (`egov review export`). */
export const DECISIONS_DIR = new URL('decisions/', DATA_DIR);
/** The committed decisions on the labelled development corpus (`egov labelled decide`), one file per page. */
export const LABELLED_DECISIONS_DIR = new URL('corpus-dev/', DECISIONS_DIR);

/**
 * The shared folder beside the repository (`<repo>/../shared`, or `EGOV_SHARED_DIR`): third-party texts that are
 * never committed, such as the labelled development corpus whose reviewed figures the published dataset includes.
 */
export const SHARED_DIR = process.env.EGOV_SHARED_DIR || fileURLToPath(new URL('../../../../shared', import.meta.url));
/** The labelled corpus's annotations; its pages sit next to it. */
export const LABELLED_CORPUS_GOLD = join(SHARED_DIR, 'corpus-dev', 'gold.json');
