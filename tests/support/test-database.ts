import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, DATA_SIZES_MARKER, DATA_VERSION_SQL, type DatabaseHandle, openDatabase, PROBE_SQL } from '@egov-vn/api';
import { inject } from 'vitest';
import { adminQuery, databaseUrl } from './postgres-server.js';

export const TEST_DB = (process.env.EGOV_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export interface TestDatabase extends DatabaseHandle {
  /** Every SQL statement run so far (but the readiness probe's); reset it to count one request's work. */
  statements: string[];
  /**
   * Reads of the data version the response cache keys answers on (one per
   * cacheable request, shared by concurrent ones): counted apart, so
   * `statements` is the data work of a request, cached or not.
   */
  versionReads: { count: number };
}

/** A private copy of the loaded database for one test file. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const statements: string[] = [];
  const versionReads = { count: 0 };
  // The readiness probe and the data-sizes read run in the background: not the work of the request being counted.
  const onQuery = (sql: string) => {
    if (sql === DATA_VERSION_SQL) versionReads.count += 1;
    else if (sql !== PROBE_SQL && !sql.startsWith(DATA_SIZES_MARKER)) statements.push(sql);
  };
  const { handle, remove } = await copyTemplate(inject('template'), onQuery);
  return {
    ...handle,
    statements,
    versionReads,
    close: async () => {
      await handle.close();
      await remove();
    },
  };
}

/** A throwaway copy of the template database (a database on the server, or a data folder), opened. */
async function copyTemplate(template: string, onQuery: (sql: string) => void): Promise<{ handle: DatabaseHandle; remove: () => Promise<void> }> {
  if (TEST_DB === 'postgres') {
    const name = `egov_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`create database ${name} template ${template}`);
    return { handle: await openDatabase({ url: databaseUrl(name), onQuery }), remove: () => adminQuery(`drop database if exists ${name}`) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'egov-test-'));
  cpSync(template, dir, { recursive: true });
  return { handle: await openDatabase({ dataDir: dir, onQuery }), remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

/** The API on a real HTTP port, over a private database copy. */
export async function startTestServer() {
  const database = await openTestDatabase();
  const app = await buildApp({ db: database.db, databaseKind: database.kind });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${origin}/graphql`;
  return {
    url,
    origin,
    app,
    database,
    async query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLResponse<T>['body'] };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
