import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, migrateToLatest, openDatabase } from '@egov-vn/api';
import type { TestProject } from 'vitest/node';
import { adminQuery, databaseUrl, ensurePostgresRunning } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a data folder holding the migrated, loaded database. PostgreSQL: a template database name. */
    template: string;
  }
}

/**
 * Builds the loaded database once per run (PGlite's initdb takes seconds);
 * each test file then copies it: a folder copy for PGlite, CREATE DATABASE …
 * TEMPLATE for PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const kind = process.env.EGOV_TEST_DB ?? project.config.env?.EGOV_TEST_DB;
  if (kind === 'postgres') {
    await ensurePostgresRunning();
    const name = `egov_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(`create database ${name}`);
    const handle = await openDatabase({ url: databaseUrl(name) });
    await migrateToLatest(handle.db);
    await loadDataset(handle.db);
    await handle.close();
    project.provide('template', name);
    return async () => {
      await adminQuery(`drop database if exists ${name}`);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'egov-tpl-'));
  const handle = await openDatabase({ dataDir: dir });
  await migrateToLatest(handle.db);
  await loadDataset(handle.db);
  await handle.close();
  project.provide('template', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
